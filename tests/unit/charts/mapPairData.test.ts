import { describe, expect, it } from 'vitest';
import { mapPairData, regionWindows } from '$lib/charts/mapPairData';
import { DEFAULT_COMPARE, type CompareParams } from '$lib/state/compareParams';
import { resolveCompare } from '$lib/state/resolveCompare';
import { fixtureContext, fixtureShapes } from '../../fixtures/compareFixture';

const ctx = fixtureContext();
const pair = (patch: Partial<CompareParams>) =>
	mapPairData(
		ctx,
		resolveCompare(ctx, {
			...DEFAULT_COMPARE,
			indicator: 'firms',
			trendIndicator: 'jobs',
			...patch
		}),
		fixtureShapes
	);

describe('regionWindows', () => {
	it('gives both régions windows of one size (one scale), each centred on its région', () => {
		const [aura, na] = regionWindows(fixtureShapes, ['84', '75']);
		expect(aura).toEqual([192, -8, 216, 216]);
		expect(na).toEqual([-58, -8, 216, 216]);
	});
});

describe('mapPairData', () => {
	it('shows each région on its own map, with the same classes on both', () => {
		const data = pair({});
		expect(data.mode).toBe('regions');
		expect(data.panels.map((p) => [p.title, p.codes])).toEqual([
			['Auvergne-Rhône-Alpes', ['01', '69', '74']],
			['Nouvelle-Aquitaine', ['33', '64']]
		]);
		const colors = data.classes.map((c) => c.color);
		for (const panel of data.panels) {
			for (const code of panel.codes) expect(colors).toContain(panel.values.get(code)?.fill);
		}
		expect(data.classes.reduce((n, c) => n + c.count, 0)).toBe(5);
	});

	it('colours two years with classes computed on both years pooled', () => {
		const data = pair({
			indicator: 'jobs',
			measure: 'value',
			maps: 'years',
			year: 2018,
			year2: 2015
		});
		expect(data.panels.map((p) => p.title)).toEqual(['2015', '2018']);
		// Five départements in each of the two years: ten values share the classes.
		expect(data.classes.reduce((n, c) => n + c.count, 0)).toBe(10);
		const colors = data.classes.map((c) => c.color);
		expect(colors).toContain(data.panels[0].values.get('69')?.fill);
		expect(colors).toContain(data.panels[1].values.get('69')?.fill);
	});

	it('puts two indicators with the same unit on the same classes', () => {
		const data = pair({ maps: 'indicators', measure: 'value' });
		expect(data.panels.map((p) => p.title)).toEqual([
			'Indicateur firms, 2021',
			'Indicateur plants, 2021'
		]);
		expect(data.title).toBe('Indicateur firms, 2021 et Indicateur plants, 2021 (valeur)');
	});

	it('hatches areas without data (null fill) and says "pas de données"', () => {
		const data = pair({ indicator: 'share', measure: 'value', maps: 'regions' });
		const na = data.panels[1];
		expect(na.values.get('64')).toEqual({ value: null, valueText: 'pas de données', fill: null });
	});

	it('centres the colours of a change on 0 (diverging)', () => {
		const data = pair({ indicator: 'jobs', measure: 'change', year: 2018, year2: 2015 });
		const lower = data.classes.map((c) => c.lower);
		expect(lower.some((v) => v < 0)).toBe(true);
		expect(data.classes.some((c) => c.lower === 0 || c.upper === 0)).toBe(true);
	});
});
