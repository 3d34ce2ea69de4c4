import { describe, expect, it } from 'vitest';
import { areaRef } from '$lib/charts/areas';
import { rankingData, regionBarsData } from '$lib/charts/compareData';
import {
	chartFigureSpec,
	mapRows,
	rankingRows,
	regionBarsRows,
	regionLegend,
	scatterRows,
	sideBySide,
	trendRows
} from '$lib/charts/exportSpecs';
import { mapPairData } from '$lib/charts/mapPairData';
import { scatterData } from '$lib/charts/scatterData';
import {
	mapsTable,
	rankingTable,
	regionBarsTable,
	scatterTable,
	trendTable
} from '$lib/charts/tables';
import { trendAreas, trendData } from '$lib/charts/trendData';
import { DEFAULT_COMPARE } from '$lib/state/compareParams';
import { resolveCompare } from '$lib/state/resolveCompare';
import { fixtureContext, fixtureModel, fixtureShapes } from '../../fixtures/compareFixture';

const ctx = fixtureContext();
const view = resolveCompare(ctx, {
	...DEFAULT_COMPARE,
	indicator: 'firms',
	trendIndicator: 'jobs',
	trendMode: 'absolute',
	x: { indicator: 'firms', measure: 'per10k' },
	y: { indicator: 'jobs', measure: 'per10k' },
	selection: ['69']
});
const href = (a: { level: string; code: string }) =>
	a.level === 'pays' ? undefined : `/p/${a.code}`;
const bars = regionBarsData(ctx, view);
const ranking = rankingData(ctx, view);
const trend = trendData(ctx, {
	indicator: view.trend.indicator,
	mode: 'absolute',
	baseYear: null,
	areas: trendAreas(ctx, view)
});
const scatter = scatterData(ctx, { ...view.scatter, log: false });
const maps = mapPairData(ctx, view, fixtureShapes);
const mapAreas = fixtureShapes.areas.map((a) => areaRef(ctx, 'departement', a.code));

describe('table alternatives', () => {
	it('give one row per area, linked to its profile (France has none)', () => {
		const table = regionBarsTable(ctx, bars, href);
		expect(table.rows.map((r) => [r.name, r.href])).toEqual([
			['Auvergne-Rhône-Alpes', '/p/84'],
			['Nouvelle-Aquitaine', '/p/75'],
			['France', undefined]
		]);
		expect(table.columns).toEqual(['Territoire', '2021 (population 2023)']);
	});

	it('rank the départements with their région, then the reference figures', () => {
		const table = rankingTable(ctx, ranking, href);
		expect(table.columns).toEqual(['Territoire', 'Région', 'Valeur', 'Rang']);
		expect(table.rows[0].cells).toEqual([
			'Auvergne-Rhône-Alpes',
			'30\u00a0établissements pour 10 000 hab.',
			'1'
		]);
		expect(table.rows.slice(-3).map((r) => r.name)).toEqual([
			'Auvergne-Rhône-Alpes (référence)',
			'Nouvelle-Aquitaine (référence)',
			'France (référence)'
		]);
	});

	it('give a trend by year, "pas de données" in the gaps', () => {
		const table = trendTable(ctx, trend);
		expect(table.columns).toEqual([
			'Année',
			'Auvergne-Rhône-Alpes',
			'Nouvelle-Aquitaine',
			'France',
			'Rhône'
		]);
		expect(table.rows.map((r) => r.name)).toEqual(['2015', '2016', '2017', '2018']);
		expect(table.rows[2].cells[3]).toBe('pas de données');
	});

	it('give both values and population for the scatter, and each map for the maps', () => {
		expect(scatterTable(ctx, scatter, href).columns).toHaveLength(4);
		const table = mapsTable(ctx, maps, mapAreas, href);
		expect(table.columns).toEqual(['Territoire', 'Auvergne-Rhône-Alpes', 'Nouvelle-Aquitaine']);
		expect(table.rows.find((r) => r.key === '33')?.cells[0]).toBe('');
	});
});

describe('export rows', () => {
	it('hold exactly the data shown, no data as null', () => {
		expect(regionBarsRows(fixtureModel, bars, 'fr')).toHaveLength(3);
		expect(rankingRows(fixtureModel, ranking, 'fr')).toHaveLength(5 + 3);
		const rows = trendRows(fixtureModel, trend, 'fr');
		expect(rows).toHaveLength(4 * 4);
		expect(rows.find((r) => r.code === '69' && r.year === 2017)).toMatchObject({
			value: null,
			source: ''
		});
		expect(rows[0]).toEqual({
			code: '84',
			name: 'Auvergne-Rhône-Alpes',
			indicator: 'Indicateur jobs',
			year: 2015,
			value: 320_000,
			unit: 'salariés',
			source: 'Fixture, Jeu de test'
		});
		expect(scatterRows(fixtureModel, scatter, 'fr')).toHaveLength(5 * 3);
		const mapExport = mapRows(fixtureModel, maps, mapAreas, 'fr');
		expect(mapExport).toHaveLength(5);
		// The indicator column names the indicator and measure, not the map's title (a région).
		expect(new Set(mapExport.map((r) => r.indicator))).toEqual(
			new Set(maps.panels.map((p) => p.label))
		);
		expect(mapExport.every((r) => !maps.panels.some((p) => p.title === r.indicator))).toBe(true);
	});
});

describe('figure specs', () => {
	it('state the sources with their licences and the years of the data', () => {
		const spec = chartFigureSpec({
			model: fixtureModel,
			title: bars.title,
			legend: regionLegend(bars.groups[0].bars, ctx.names.region, 'fr'),
			observations: bars.groups[0].bars.flatMap((b) => b.inputs),
			lang: 'fr',
			date: '1 janvier 2026'
		});
		expect(spec.source).toBe(
			'Sources : Fixture pop, Population de test (licence : Test only) ; Fixture, Jeu de test (licence : Test only) — données 2021–2023'
		);
		expect(spec.credit).toBe('CIMES Atlas');
		expect(spec.legend).toEqual({
			kind: 'categories',
			title: 'Couleurs des régions',
			items: [
				{ color: '#0072B2', label: 'Auvergne-Rhône-Alpes' },
				{ color: '#D55E00', label: 'Nouvelle-Aquitaine' },
				{ color: '#1a1a1a', label: 'France' }
			]
		});
	});

	it('put two maps side by side at one width, each clipped to its own box', () => {
		const body = sideBySide(
			[
				{ markup: '<g/>', width: 200, height: 100 },
				{ markup: '<g/>', width: 800, height: 800 }
			],
			16,
			400
		);
		expect(body).toEqual({
			markup:
				'<svg x="0" y="0" width="400" height="200" viewBox="0 0 200 100"><g/></svg><svg x="416" y="0" width="400" height="400" viewBox="0 0 800 800"><g/></svg>',
			width: 816,
			height: 400
		});
		expect(sideBySide([])).toEqual({ markup: '', width: 0, height: 0 });
	});
});
