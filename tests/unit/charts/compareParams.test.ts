import { describe, expect, it } from 'vitest';
import {
	DEFAULT_COMPARE,
	readCompareParams,
	toggleKey,
	writeCompareParams,
	type CompareParams
} from '$lib/state/compareParams';

const read = (query: string) => readCompareParams(new URLSearchParams(query));

describe('readCompareParams', () => {
	it('gives the defaults for an empty query, without notice', () => {
		expect(read('')).toEqual({ params: DEFAULT_COMPARE, notices: [] });
	});

	it.each([
		['lang=en', { lang: 'en' }],
		['indicator=jobs_industry&measure=value', { indicator: 'jobs_industry', measure: 'value' }],
		['year=2021&vs=2015', { year: 2021, year2: 2015 }],
		['add=11,FR', { added: ['11', 'FR'] }],
		['add=', { added: [] }],
		['sel=69,74,r84,FR', { selection: ['69', '74', 'r84', 'FR'] }],
		['sel=69,69', { selection: ['69'] }],
		[
			'trend=jobseekers_abc&mode=absolute&base=2016',
			{ trendIndicator: 'jobseekers_abc', trendMode: 'absolute', baseYear: 2016 }
		],
		[
			'x=population:value&y=jobs_industry:per1kJobs',
			{
				x: { indicator: 'population', measure: 'value' },
				y: { indicator: 'jobs_industry', measure: 'per1kJobs' }
			}
		],
		[
			'log=1&maps=years&map2=establishments_total',
			{ log: true, maps: 'years', mapIndicator: 'establishments_total' }
		]
	] as [string, Partial<CompareParams>][])('%s', (query, expected) => {
		const { params, notices } = read(query);
		expect(notices).toEqual([]);
		expect(params).toEqual({ ...DEFAULT_COMPARE, ...expected });
	});

	it.each([
		['measure=perCapita', [{ param: 'measure', value: 'perCapita' }]],
		['year=21', [{ param: 'year', value: '21' }]],
		['mode=log', [{ param: 'mode', value: 'log' }]],
		['x=population', [{ param: 'x', value: 'population' }]],
		['x=population:nope', [{ param: 'x', value: 'population:nope' }]],
		['log=yes', [{ param: 'log', value: 'yes' }]],
		['maps=three', [{ param: 'maps', value: 'three' }]],
		['indicator=<script>', [{ param: 'indicator', value: '<script>' }]]
	])('falls back to the default and reports %s', (query, notices) => {
		const result = read(query);
		expect(result.notices).toEqual(notices);
		expect(result.params).toEqual(DEFAULT_COMPARE);
	});

	it('keeps the valid items of a list and reports each invalid one', () => {
		const { params, notices } = read('sel=69,x,74,r8&add=11,ZZ');
		expect(params.selection).toEqual(['69', '74']);
		expect(params.added).toEqual(['11']);
		expect(notices).toEqual([
			{ param: 'add', value: 'ZZ' },
			{ param: 'sel', value: 'x' },
			{ param: 'sel', value: 'r8' }
		]);
	});
});

describe('writeCompareParams', () => {
	it('writes nothing for the defaults', () => {
		expect(writeCompareParams(DEFAULT_COMPARE)).toBe('');
	});

	it('writes lists with plain commas and pairs with a colon', () => {
		const query = writeCompareParams({
			...DEFAULT_COMPARE,
			selection: ['69', '74'],
			x: { indicator: 'population', measure: 'value' }
		});
		expect(query).toBe('?sel=69,74&x=population:value');
	});

	it('writes an emptied list, so that it does not come back as the default', () => {
		expect(writeCompareParams({ ...DEFAULT_COMPARE, added: [] })).toBe('?add=');
	});

	it('reads back what it writes', () => {
		const params: CompareParams = {
			...DEFAULT_COMPARE,
			lang: 'en',
			year: 2019,
			year2: 2015,
			added: [],
			selection: ['r84', '33'],
			trendMode: 'absolute',
			baseYear: 2010,
			log: true,
			maps: 'indicators',
			mapIndicator: 'establishments_total'
		};
		expect(read(writeCompareParams(params).slice(1))).toEqual({ params, notices: [] });
	});
});

describe('toggleKey', () => {
	it.each([
		[[], '69', ['69']],
		[['69'], '74', ['69', '74']],
		[['69', '74'], '69', ['74']]
	])('%j toggling %s → %j', (selection, key, expected) => {
		expect(toggleKey(selection, key)).toEqual(expected);
	});
});
