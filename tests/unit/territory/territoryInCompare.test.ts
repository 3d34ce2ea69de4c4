import { describe, expect, it } from 'vitest';
import { parseAreaKey, refOfKey } from '$lib/charts/areas';
import { rankingData, regionBarsData } from '$lib/charts/compareData';
import { trendAreas, trendData } from '$lib/charts/trendData';
import { DEFAULT_COMPARE, readCompareParams } from '$lib/state/compareParams';
import { resolveCompare } from '$lib/state/resolveCompare';
import { withTerritory } from '$lib/territory/territory';
import { fixtureContext } from '../../fixtures/compareFixture';

const plain = fixtureContext('fr');
const ctx = { ...plain, model: withTerritory(plain.model) };
const params = { ...DEFAULT_COMPARE, indicator: 'firms', trendIndicator: 'jobs' };

describe('the CIMES territory in /compare', () => {
	it('stands beside AURA and NA in the régions chart, its rate recomputed from the sums', () => {
		const view = resolveCompare(ctx, params);
		const bars = regionBarsData(ctx, view).groups[0].bars;
		expect(bars.map((b) => b.key)).toEqual(['r84', 'r75', 'rCIMES', 'FR']);
		const territory = bars.find((b) => b.key === 'rCIMES');
		expect(territory?.name).toBe('Territoire CIMES');
		// (8 400 + 3 000) establishments / (3 200 000 + 2 300 000) inhabitants × 10 000
		expect(territory?.value).toBeCloseTo((11_400 / 5_500_000) * 10_000, 9);
	});

	it('is a reference line of the départements’ ranking, in its own colour', () => {
		const ranking = rankingData(ctx, resolveCompare(ctx, params));
		const line = ranking.references.find((r) => r.key === 'rCIMES');
		expect(line?.value).toBeCloseTo(20.727, 3);
		expect(line?.color).toBe('#009E73');
	});

	it('has a trend line: sums of the years both régions have', () => {
		const view = resolveCompare(ctx, params);
		const areas = trendAreas(ctx, view);
		expect(areas.map((a) => a.key)).toContain('rCIMES');
		const trend = trendData(ctx, {
			indicator: view.trend.indicator,
			mode: 'absolute',
			baseYear: null,
			areas
		});
		const line = trend.series.find((s) => s.key === 'rCIMES');
		expect(line?.points.map((p) => p.raw)).toEqual([530_000, 531_500, 533_000, 534_500]);
	});

	it('can be selected through the address', () => {
		expect(parseAreaKey('rCIMES')).toEqual({ level: 'region', code: 'CIMES' });
		const read = readCompareParams(new URLSearchParams('sel=rCIMES'));
		expect(read.params.selection).toEqual(['rCIMES']);
		expect(resolveCompare(ctx, read.params).selection).toEqual(['rCIMES']);
		expect(refOfKey(ctx, 'rCIMES')?.name).toBe('Territoire CIMES');
	});

	it('stays out of a model without its figures (the explorer’s)', () => {
		expect(resolveCompare(plain, params).regions).toEqual(['84', '75']);
		expect(refOfKey(plain, 'rCIMES')).toBeUndefined();
	});
});
