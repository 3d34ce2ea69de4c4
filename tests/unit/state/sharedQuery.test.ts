import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PARAMS,
	readExplorerParams,
	sharedQuery
} from '../../../src/lib/state/explorerParams';

describe('sharedQuery: a link to share names the years it shows', () => {
	it('writes the latest year shown, which the address bar leaves out', () => {
		expect(sharedQuery(DEFAULT_PARAMS, { indicator: DEFAULT_PARAMS.indicator, year: 2021 })).toBe(
			'?year=2021'
		);
	});

	it('keeps the rest of the view and the base year of a change', () => {
		const params = { ...DEFAULT_PARAMS, measure: 'change' as const, lang: 'en' as const };
		const query = sharedQuery(params, { indicator: params.indicator, year: 2025, baseYear: 2015 });
		expect(new URLSearchParams(query).get('year')).toBe('2025');
		expect(new URLSearchParams(query).get('base')).toBe('2015');
		expect(new URLSearchParams(query).get('lang')).toBe('en');
	});

	it('reads back as the same view with the year fixed', () => {
		const query = sharedQuery(
			{ ...DEFAULT_PARAMS, selected: '74' },
			{ indicator: DEFAULT_PARAMS.indicator, year: 2021 }
		);
		const read = readExplorerParams(new URLSearchParams(query));
		expect(read.params.year).toBe(2021);
		expect(read.params.selected).toBe('74');
	});

	it('writes no year while the indicator asked for is still loading (the map shows another)', () => {
		const params = { ...DEFAULT_PARAMS, indicator: 'jobs_total_private_dec31' };
		const query = sharedQuery(params, { indicator: 'establishments_industry', year: 2021 });
		expect(new URLSearchParams(query).get('year')).toBeNull();
		expect(new URLSearchParams(query).get('indicator')).toBe('jobs_total_private_dec31');
	});
});
