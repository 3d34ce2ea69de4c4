import { describe, expect, it } from 'vitest';
import { brokenLine, regionBarsLayout, rankingLayout } from '$lib/charts/barLayout';
import { textWidth } from '$lib/charts/layout';
import { isIntensive, rankingData, regionBarsData } from '$lib/charts/compareData';
import { DEFAULT_COMPARE, type CompareParams } from '$lib/state/compareParams';
import { resolveCompare } from '$lib/state/resolveCompare';
import { FIXTURE_INDICATORS, fixtureContext } from '../../fixtures/compareFixture';

const ctx = fixtureContext();
const view = (patch: Partial<CompareParams> = {}) =>
	resolveCompare(ctx, { ...DEFAULT_COMPARE, indicator: 'firms', trendIndicator: 'jobs', ...patch });
const NNBSP = '\u202f';

describe('regionBarsData', () => {
	it('gives AURA, NA and France for the measure, with values in French', () => {
		const data = regionBarsData(ctx, view());
		expect(data.title).toBe(
			'Indicateur firms pour 10 000 habitants : Auvergne-Rhône-Alpes, Nouvelle-Aquitaine et France, 2021 (population 2023)'
		);
		expect(data.groups).toHaveLength(1);
		expect(data.groups[0].bars.map((b) => [b.key, b.value])).toEqual([
			['r84', 26.25],
			['r75', (3000 / 2_300_000) * 10_000],
			['FR', 30]
		]);
		expect(data.groups[0].bars[0].valueText).toBe('26,3\u00a0établissements pour 10 000 hab.');
	});

	it('puts two years side by side', () => {
		const data = regionBarsData(
			ctx,
			view({ indicator: 'jobs', measure: 'value', year: 2018, year2: 2015 })
		);
		expect(data.groups.map((g) => g.key)).toEqual(['2015', '2018']);
		expect(data.groups[1].bars[0].valueText).toBe(`339${NNBSP}500\u00a0salariés`);
	});

	it('shows a share of France where a share of the région does not apply to régions', () => {
		const data = regionBarsData(ctx, view({ measure: 'shareRegion' }));
		expect(data.measure).toBe('shareFrance');
		expect(data.notes).toEqual([
			'Mesure non applicable aux régions : « Part de la France (%) » affichée à la place.'
		]);
		expect(data.groups[0].bars[0].valueText).toBe(`14\u202f% du total de la France`);
	});

	it('says "no data" for an indicator that does not exist by région, never zero', () => {
		const data = regionBarsData(ctx, view({ indicator: 'share', measure: 'value' }));
		expect(data.groups).toEqual([]);
		expect(data.notes).toContain('Cet indicateur n’existe pas par région : pas de données.');
	});

	it('lays out one row per area and two bars per row for two years, the earlier lighter', () => {
		const layout = regionBarsLayout(
			regionBarsData(ctx, view({ indicator: 'jobs', measure: 'value', year2: 2015 })),
			640,
			'fr'
		);
		expect(layout.rows.map((r) => r.text)).toEqual([
			'Auvergne-Rhône-Alpes',
			'Nouvelle-Aquitaine',
			'France'
		]);
		expect(layout.bars).toHaveLength(6);
		expect(layout.bars.map((b) => b.fillOpacity)).toEqual([
			0.55,
			undefined,
			0.55,
			undefined,
			0.55,
			undefined
		]);
		expect(layout.values[1].text).toBe(`339${NNBSP}500 (2018)`);
	});

	it('fills a given height (a slide): the rows share it, bars and labels grow, none overlaps', () => {
		const data = regionBarsData(ctx, view({ indicator: 'jobs', measure: 'value', year2: 2015 }));
		const own = regionBarsLayout(data, 640, 'fr');
		const slide = regionBarsLayout(data, 640, 'fr', 480);
		expect(slide.frame.height).toBe(480);
		const band = (l: typeof own) => Math.max(...l.bars.map((b) => b.y + b.height));
		expect(band(slide)).toBeGreaterThan(0.9 * slide.frame.innerHeight);
		expect(band(own)).toBeLessThan(200);
		expect(slide.bars[0].height).toBeGreaterThan(2 * own.bars[0].height);
		expect(slide.fontSize).toBe(18);
		expect(own.fontSize).toBe(12);
		// The value axis's tick labels grow as much as the other labels, and keep their room.
		expect([own.axisFontSize, slide.axisFontSize]).toEqual([11, 16.5]);
		expect(slide.frame.margins.bottom).toBeGreaterThanOrEqual(44 * 1.5);
		const sorted = [...slide.bars].sort((a, b) => a.y - b.y);
		for (let i = 1; i < sorted.length; i += 1)
			expect(sorted[i].y).toBeGreaterThanOrEqual(sorted[i - 1].y + sorted[i - 1].height);
		// A height smaller than the rows' own keeps their own.
		expect(regionBarsLayout(data, 640, 'fr', 50).bars).toEqual(own.bars);
	});
});

describe('rankingData', () => {
	it('sorts by value, ranks, and gives the régions and France as references', () => {
		const data = rankingData(ctx, view());
		expect(data.bars.map((b) => [b.key, b.rank])).toEqual([
			['74', 1],
			['69', 2],
			['01', 3],
			['33', 4],
			['64', 5]
		]);
		expect(data.references.map((r) => [r.key, r.value])).toEqual([
			['r84', 26.25],
			['r75', (3000 / 2_300_000) * 10_000],
			['FR', 30]
		]);
	});

	it('draws no reference line for counts (a total is not on the same axis as its parts)', () => {
		const data = rankingData(ctx, view({ measure: 'value' }));
		expect(data.references).toEqual([]);
		expect(data.notes).toHaveLength(1);
	});

	it('puts areas without data last, with "pas de données", and handles negative values', () => {
		const data = rankingData(ctx, view({ indicator: 'share', measure: 'value' }));
		expect(data.bars.map((b) => [b.key, b.value, b.rank])).toEqual([
			['01', 21.5, 1],
			['69', 12.25, 2],
			['33', 9.75, 3],
			['74', -1, 4],
			['64', null, null]
		]);
		expect(data.bars[4].valueText).toBe('pas de données');
		const layout = rankingLayout(data, 400, 'fr');
		const negative = layout.bars.find((b) => b.key === '74');
		expect(negative && negative.x + negative.width).toBeCloseTo(layout.zero, 1);
		expect(layout.bars.map((b) => b.key)).not.toContain('64');
		expect(layout.values.find((v) => v.key.startsWith('64'))?.text).toBe('pas de données');
	});

	it('writes every value label with the same decimals, as a column of figures', () => {
		const data = rankingData(ctx, view());
		const whole = { ...data.bars[0], value: 31 };
		const layout = rankingLayout(
			{ ...data, decimals: 1, bars: [whole, ...data.bars.slice(1)] },
			400,
			'fr'
		);
		expect(layout.values.find((v) => v.key.startsWith(whole.key))?.text).toBe('31,0');
		for (const label of layout.values.filter((v) => /\d/.test(v.text)))
			expect(label.text).toMatch(/,\d$/);
	});

	it('lays out reference lines above the plot, one label row each', () => {
		const layout = rankingLayout(rankingData(ctx, view()), 375, 'fr');
		expect(layout.references.map((r) => r.key)).toEqual(['r84', 'r75', 'FR']);
		const rows = layout.references.map((r) => r.label.y);
		expect(new Set(rows).size).toBe(3);
		expect(Math.max(...rows)).toBeLessThan(0);
		expect(layout.frame.width).toBe(375);
	});
});

describe('isIntensive', () => {
	it.each([
		['firms', 'value', false],
		['firms', 'per10k', true],
		['firms', 'shareFrance', false],
		['share', 'value', true],
		['jobs', 'change', true]
	] as const)('%s %s → %s', (id, measure, expected) => {
		expect(isIntensive(FIXTURE_INDICATORS[id], measure)).toBe(expected);
	});
});

describe('ranking reference lines and value labels', () => {
	it('never strikes through a value label, and keeps reference labels inside a phone-wide chart', () => {
		for (const width of [320, 375, 640]) {
			const layout = rankingLayout(rankingData(ctx, view()), width, 'fr');
			for (const ref of layout.references) {
				expect(ref.label.x).toBeGreaterThanOrEqual(-layout.frame.margins.left);
				expect(ref.label.x + textWidth(ref.label.text, 11)).toBeLessThanOrEqual(
					layout.frame.innerWidth + layout.frame.margins.right
				);
				for (const value of layout.values) {
					const x2 = value.x + textWidth(value.text, 11);
					if (ref.x < value.x || ref.x > x2) continue;
					for (const s of ref.segments) {
						expect(s.y2 <= value.y - 11 || s.y1 >= value.y + 3).toBe(true);
					}
				}
			}
		}
	});

	it('fills a given height (an A4 page): rows share it, labels grow, none struck or cut', () => {
		const data = rankingData(ctx, view());
		const own = rankingLayout(data, 700, 'fr');
		const page = rankingLayout(data, 700, 'fr', 1000);
		expect(page.frame.height).toBe(1000);
		const band = Math.max(...page.bars.map((b) => b.y + b.height));
		expect(band).toBeGreaterThan(0.9 * page.frame.innerHeight);
		expect(page.bars[0].height).toBeGreaterThan(2 * own.bars[0].height);
		expect([page.fontSize, page.valueFontSize, page.axisFontSize]).toEqual([18, 16.5, 16.5]);
		const size = page.valueFontSize;
		const labels = page.references.map((r) => r.label);
		for (let i = 0; i < labels.length; i += 1) {
			expect(labels[i].y - size).toBeGreaterThanOrEqual(-page.frame.margins.top);
			if (i > 0) expect(labels[i].y - size).toBeGreaterThanOrEqual(labels[i - 1].y);
		}
		for (const ref of page.references)
			for (const value of page.values) {
				if (ref.x < value.x || ref.x > value.x + textWidth(value.text, size)) continue;
				for (const s of ref.segments)
					expect(s.y2 <= value.y - size || s.y1 >= value.y + 3).toBe(true);
			}
		// A height smaller than the rows' own keeps their own.
		const small = rankingLayout(data, 700, 'fr', 50);
		expect([small.bars, small.values, small.references]).toEqual([
			own.bars,
			own.values,
			own.references
		]);
	});

	it('breaks a line around the boxes it crosses', () => {
		expect(brokenLine(50, 0, 100, [{ x1: 40, x2: 80, y1: 20, y2: 30 }])).toEqual([
			{ y1: 0, y2: 18 },
			{ y1: 32, y2: 100 }
		]);
		expect(brokenLine(10, 0, 100, [{ x1: 40, x2: 80, y1: 20, y2: 30 }])).toEqual([
			{ y1: 0, y2: 100 }
		]);
	});
});
