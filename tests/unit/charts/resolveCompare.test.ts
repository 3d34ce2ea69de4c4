import { describe, expect, it } from 'vitest';
import { compareNotices } from '$lib/compare/compareNotices';
import { DEFAULT_COMPARE, type CompareParams } from '$lib/state/compareParams';
import { resolveCompare, seriesIndicators } from '$lib/state/resolveCompare';
import { fixtureContext, fixtureModel } from '../../fixtures/compareFixture';

const base: CompareParams = {
	...DEFAULT_COMPARE,
	indicator: 'firms',
	trendIndicator: 'jobs',
	x: { indicator: 'firms', measure: 'per10k' },
	y: { indicator: 'jobs', measure: 'per10k' }
};
const resolve = (patch: Partial<CompareParams> = {}) =>
	resolveCompare(fixtureContext(), { ...base, ...patch });

describe('resolveCompare', () => {
	it('shows the asked-for view when the data has it, without adjustment', () => {
		const view = resolve({ selection: ['69', 'r84'], added: ['11', 'FR'] });
		expect(view.adjustments).toEqual([]);
		expect(view).toMatchObject({ level: 'departement', measure: 'per10k', year: 2021 });
		expect(view.regions).toEqual(['84', '75', '11']);
		expect(view.france).toBe(true);
		expect(view.selection).toEqual(['69', 'r84']);
		expect(view.maps.mode).toBe('regions');
		expect(view.maps.indicator2?.id).toBe('plants');
	});

	it.each([
		[{ indicator: 'nope' }, { kind: 'unknown-indicator', param: 'indicator', value: 'nope' }],
		[
			{ measure: 'change' as const },
			{ kind: 'measure-unavailable', param: 'measure', value: 'change' }
		],
		[{ year: 1999 }, { kind: 'year-unavailable', param: 'year', value: 1999 }],
		[{ selection: ['75'] }, { kind: 'unknown-area', value: '75' }],
		[{ added: ['99'] }, { kind: 'unknown-area', value: '99' }],
		[{ trendIndicator: 'firms' }, { kind: 'no-series', value: 'firms' }],
		[{ maps: 'years' as const }, { kind: 'maps-unavailable', value: 'years' }]
	])('reports %j', (patch, adjustment) => {
		expect(resolve(patch).adjustments).toContainEqual(adjustment);
	});

	it('uses the jobs series for changes, from the second year asked for', () => {
		const view = resolve({ indicator: 'jobs', measure: 'change', year: 2018, year2: 2016 });
		expect(view.adjustments).toEqual([]);
		expect([view.year2, view.year]).toEqual([2016, 2018]);
		expect(view.maps.modes).not.toContain('years');
	});

	it('offers two-year maps where the indicator has two years', () => {
		const view = resolve({ indicator: 'jobs', measure: 'value', maps: 'years' });
		expect(view.maps.mode).toBe('years');
		expect(view.years).toEqual([2015, 2016, 2017, 2018]);
	});

	it('falls back on the scatter measure when the one asked for does not apply', () => {
		const view = resolve({ x: { indicator: 'share', measure: 'per10k' } });
		expect(view.scatter.x).toMatchObject({ measure: 'value' });
		expect(view.adjustments).toContainEqual({
			kind: 'measure-unavailable',
			param: 'x',
			value: 'per10k'
		});
	});

	it('lists the indicators with a series for trends', () => {
		expect(seriesIndicators(fixtureModel).map((i) => i.id)).toEqual(['jobs']);
	});
});

describe('compareNotices', () => {
	it('says in words what was not understood or changed', () => {
		const view = resolve({ indicator: 'nope', selection: ['75'] });
		expect(compareNotices([{ param: 'mode', value: 'log' }], view.adjustments, 'fr')).toEqual([
			'Paramètre « mode=log » non reconnu : valeur par défaut utilisée.',
			'Indicateur « nope » inconnu : indicateur par défaut.',
			'Territoire « 75 » inconnu : ignoré.'
		]);
		expect(compareNotices([], [{ kind: 'level-switched' }], 'en')).toEqual([
			'This indicator exists only by région: ranking and maps of the 13 régions.'
		]);
	});
});
