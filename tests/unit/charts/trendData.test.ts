import { describe, expect, it } from 'vitest';
import { areaRef } from '$lib/charts/areas';
import { trendAreas, trendData } from '$lib/charts/trendData';
import { trendLayout } from '$lib/charts/trendLayout';
import { DEFAULT_COMPARE } from '$lib/state/compareParams';
import { resolveCompare } from '$lib/state/resolveCompare';
import { FIXTURE_INDICATORS, fixtureContext } from '../../fixtures/compareFixture';

const ctx = fixtureContext();
const jobs = FIXTURE_INDICATORS.jobs;
const areas = (...keys: [string, string][]) =>
	keys.map(([level, code]) => areaRef(ctx, level as 'departement', code));

describe('trendAreas', () => {
	it('takes the régions shown, France, then selected régions and départements, each once', () => {
		const view = resolveCompare(ctx, {
			...DEFAULT_COMPARE,
			indicator: 'firms',
			trendIndicator: 'jobs',
			selection: ['69', 'r84', 'r11', 'FR']
		});
		expect(trendAreas(ctx, view).map((a) => a.key)).toEqual(['r84', 'r75', 'FR', 'r11', '69']);
	});
});

describe('trendData', () => {
	it('keeps a missing year as a gap (null), never a zero', () => {
		const data = trendData(ctx, {
			indicator: jobs,
			mode: 'absolute',
			baseYear: null,
			areas: areas(['departement', '69'])
		});
		expect(data.years).toEqual([2015, 2016, 2017, 2018]);
		expect(data.series[0].points.map((p) => p.value)).toEqual([200_000, 205_000, null, 215_000]);
		expect(data.series[0].points[2].valueText).toBe('pas de données');
		expect(data.title).toBe('Indicateur jobs, 2015–2018');
		expect(data.unit).toBe('salariés');
	});

	it('indexes each line on its own value at the base year, and handles decreases', () => {
		const data = trendData(ctx, {
			indicator: jobs,
			mode: 'index',
			baseYear: 2016,
			areas: areas(['region', '84'], ['departement', '64'])
		});
		expect(data.baseYear).toBe(2016);
		const [aura, pa] = data.series.map((s) =>
			s.points.map((p) => Math.round((p.value ?? NaN) * 10) / 10)
		);
		expect(aura[1]).toBe(100);
		expect(pa).toEqual([105.3, 100, 94.7, 89.5]);
		expect(data.title).toBe('Indicateur jobs, indice base 100 en 2016, 2015–2018');
		expect(data.unit).toBe('indice, base 100 en 2016');
	});

	it('defaults the base to the first year every line has, and says when a line cannot be indexed', () => {
		const data = trendData(ctx, {
			indicator: jobs,
			mode: 'index',
			baseYear: 2017,
			areas: areas(['departement', '69'], ['region', '84'])
		});
		expect(data.baseYear).toBe(2017);
		expect(data.series[0].points.every((p) => p.value === null)).toBe(true);
		expect(data.notes).toEqual(['Pas de valeur en 2017, donc pas d’indice : Rhône.']);
		const auto = trendData(ctx, {
			indicator: jobs,
			mode: 'index',
			baseYear: 1990,
			areas: areas(['departement', '69'])
		});
		expect(auto.baseYear).toBe(2015);
		expect(auto.notes).toEqual(['Pas de données en 1990 : base 2015 utilisée.']);
	});

	it('names the areas without data, and those with a single year', () => {
		const empty = trendData(ctx, {
			indicator: jobs,
			mode: 'absolute',
			baseYear: null,
			areas: areas(['region', '11'])
		});
		expect(empty.years).toEqual([]);
		expect(empty.series[0].points).toEqual([]);
		expect(empty.notes).toEqual(['Pas de données pour cet indicateur : Île-de-France.']);
		const firms = trendData(ctx, {
			indicator: FIXTURE_INDICATORS.firms,
			mode: 'absolute',
			baseYear: null,
			areas: areas(['departement', '01'])
		});
		expect(firms.notes).toEqual(['Une seule année, donc un point sans ligne : Ain.']);
	});
});

describe('trendLayout', () => {
	const data = trendData(ctx, {
		indicator: jobs,
		mode: 'absolute',
		baseYear: null,
		areas: areas(['departement', '69'], ['departement', '74'], ['departement', '01'])
	});
	const layout = trendLayout(data, 640, 360, 'fr', ['69']);

	it('breaks a line at a missing year (two sub-paths) and dots the point left alone', () => {
		const rhone = layout.lines[0];
		expect(rhone.d.match(/M/g)).toHaveLength(2);
		expect(rhone.dots).toHaveLength(1); // 2018 stands alone after the gap, and ends the line
		expect(layout.lines[1].d.match(/M/g)).toHaveLength(1);
	});

	it('names each line with its first and last values, in French', () => {
		expect(layout.lines[0].ariaLabel).toBe(
			'Rhône : 200\u202f000\u00a0salariés en 2015, 215\u202f000\u00a0salariés en 2018'
		);
	});

	it('labels line ends without overlaps, the priority keys first', () => {
		const ys = layout.labels.map((l) => l.y).sort((a, b) => a - b);
		for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(14 - 0.11);
		expect(layout.labels.map((l) => l.key)).toContain('69');
	});

	it('uses whole years on the x axis', () => {
		expect(layout.x.ticks.every((t) => Number.isInteger(t.value) && !/\s/.test(t.label))).toBe(
			true
		);
	});
});
