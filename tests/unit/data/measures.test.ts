import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { availableMeasures, LAND_AREA, measureUnit, measureValues, type GeoFacts } from '$lib/data/measures';
import { yearsTextFor } from '$lib/data/citations';
import { buildAtlasModel, nearestYear } from '$lib/data/model';
import type { GeoLevel, Indicator, Observation } from '$lib/data/types';

const obs = (indicator: string, level: GeoLevel, code: string, year: number, value: number | null): Observation => ({
	level,
	code,
	indicator,
	year,
	value,
	source: 's',
	file: 'f.csv',
	row: 2
});

const indicator = (id: string, kind: Indicator['kind'] = 'count', group = 'firms'): Indicator => ({
	id,
	resource: 'r',
	group,
	label: { fr: id, en: id },
	unit: { fr: 'établissements', en: 'establishments' },
	kind,
	definition: { fr: '', en: '' },
	sources: ['s'],
	vintage: ''
});

const firms = indicator('firms');
const share = indicator('share', 'share');
const model = buildAtlasModel({
	datapackage: {
		name: 't',
		title: 't',
		sources: [],
		resources: [],
		indicators: [firms, share, indicator('population', 'count', 'population')]
	},
	topology: { type: 'Topology', objects: {}, arcs: [] } as Topology,
	issues: [],
	observations: [
		obs('firms', 'departement', '01', 2020, 5),
		obs('firms', 'departement', '01', 2021, 10),
		obs('firms', 'departement', '02', 2021, null),
		obs('firms', 'departement', '03', 2021, 4),
		obs('firms', 'region', '84', 2021, 40),
		obs('firms', 'pays', 'FR', 2021, 400),
		obs('population', 'departement', '01', 2023, 1000),
		obs('population', 'departement', '02', 2023, 500),
		obs('population', 'departement', '03', 2023, 0),
		obs('share', 'departement', '01', 2019, 12.5)
	]
});

const geo: GeoFacts = {
	regionOf: new Map([
		['01', '84'],
		['02', '84'],
		['03', '84']
	])
};

const values = (measure: Parameters<typeof measureValues>[1]['measure'], extra = {}) =>
	measureValues(model, { indicator: firms, measure, level: 'departement', year: 2021, ...extra }, geo, ['01', '02', '03', '04']).map(
		(m) => m.value
	);

describe('measureValues', () => {
	it.each([
		['value', {}, [10, null, 4, null]],
		// Population exists for 2023 only: the nearest year is used; a zero population is "no data".
		['per10k', {}, [100, null, null, null]],
		['shareRegion', {}, [25, null, 10, null]],
		['shareFrance', {}, [2.5, null, 1, null]],
		['change', { baseYear: 2020 }, [100, null, null, null]]
	] as const)('%s', (measure, extra, expected) => {
		const result = values(measure, extra);
		result.forEach((v, i) => (expected[i] === null ? expect(v).toBeNull() : expect(v).toBeCloseTo(expected[i] as number, 9)));
	});

	it('keeps the inputs of a ratio, numerator first, with their years', () => {
		const [area] = measureValues(model, { indicator: firms, measure: 'per10k', level: 'departement', year: 2021 }, geo, ['01']);
		expect(area.inputs.map((o) => [o.indicator, o.year])).toEqual([
			['firms', 2021],
			['population', 2023]
		]);
	});
});

describe('availableMeasures', () => {
	it('offers ratios and shares for counts only, and change only with two years', () => {
		expect(availableMeasures(model, firms, 'departement')).toEqual([
			'value',
			'per10k',
			'shareRegion',
			'shareFrance',
			'change'
		]);
		expect(availableMeasures(model, share, 'departement')).toEqual(['value']);
	});

	it('offers nothing for an indicator without data at the level', () => {
		expect(availableMeasures(model, share, 'region')).toEqual([]);
	});
});

describe('per 1,000 private jobs', () => {
	const jobs = (id: string, code: string, value: number): Observation => ({
		...obs(id, 'departement', code, 2025, value),
		source: id
	});
	const withJobs = buildAtlasModel({
		datapackage: {
			name: 't',
			title: 't',
			sources: [],
			resources: [],
			indicators: [indicator('jobs_industry', 'count', 'jobs'), indicator('jobs_sector_industry_dec31', 'count', 'jobs')]
		},
		topology: { type: 'Topology', objects: {}, arcs: [] } as Topology,
		issues: [],
		observations: [
			jobs('jobs_industry', '73', 30),
			jobs('jobs_sector_industry_dec31', '73', 33),
			// The adjusted end-of-Q4 total and the raw 31 December headcount differ (ski resorts).
			jobs('jobs_total_private', '73', 200),
			jobs('jobs_total_private_dec31', '73', 220)
		]
	});

	it.each([
		['jobs_industry', 'jobs_total_private', 150],
		['jobs_sector_industry_dec31', 'jobs_total_private_dec31', 150]
	])('divides %s by %s, never by the other series', (id, denominator, expected) => {
		const [area] = measureValues(
			withJobs,
			{ indicator: withJobs.indicatorById.get(id)!, measure: 'per1kJobs', level: 'departement', year: 2025 },
			geo,
			['73']
		);
		expect(area.inputs.map((o) => o.indicator)).toEqual([id, denominator]);
		expect(area.value).toBeCloseTo(expected, 9);
	});
});

describe('density per 100 km²', () => {
	const area = (code: string, year: number, value: number | null): Observation => ({
		...obs(LAND_AREA, 'departement', code, year, value),
		source: 'insee-superficies'
	});
	const withAreas = buildAtlasModel({
		datapackage: {
			name: 't',
			title: 't',
			sources: [],
			resources: [],
			indicators: [firms, share, indicator(LAND_AREA, 'count', 'geography')]
		},
		topology: { type: 'Topology', objects: {}, arcs: [] } as Topology,
		issues: [],
		observations: [
			...model.observations,
			area('01', 2019, 5762),
			area('02', 2019, 6000),
			area('03', 2019, 7340),
			area('01', 2022, 5760),
			area('02', 2022, null),
			area('03', 2022, 7365)
		]
	});

	it('is offered for counts only, and only where land areas are in the data', () => {
		expect(availableMeasures(withAreas, firms, 'departement')).toContain('density');
		expect(availableMeasures(withAreas, share, 'departement')).not.toContain('density');
		expect(availableMeasures(withAreas, firms, 'region')).not.toContain('density');
		// Without a land area series, no density: never one measured on the map's outline.
		expect(availableMeasures(model, firms, 'departement')).not.toContain('density');
	});

	it('divides by the area of the nearest year, keeps both inputs, and a missing area is no data', () => {
		const result = measureValues(
			withAreas,
			{ indicator: firms, measure: 'density', level: 'departement', year: 2021 },
			geo,
			['01', '02', '03']
		);
		// 2022 is nearer 2021 than 2019: one year for all areas, as for every ratio.
		expect(result[0].value).toBeCloseTo((10 / 5760) * 100, 9);
		expect(result[0].inputs.map((o) => [o.indicator, o.year])).toEqual([
			['firms', 2021],
			[LAND_AREA, 2022]
		]);
		expect(result[1].value).toBeNull();
		expect(result[2].value).toBeCloseTo((4 / 7365) * 100, 9);
		const request = { indicator: firms, measure: 'density', level: 'departement', year: 2021 } as const;
		expect(yearsTextFor(withAreas, request, 'fr')).toBe('2021 (superficie 2022)');
		expect(yearsTextFor(withAreas, request, 'en')).toBe('2021 (area 2022)');
	});
});

describe('measureUnit', () => {
	it.each([
		['per10k', 'fr', 'établissements pour 10 000 hab.'],
		['density', 'en', 'establishments per 100 km²'],
		['change', 'fr', '% d’évolution depuis 2015']
	] as const)('%s in %s', (measure, lang, expected) => {
		expect(measureUnit(firms, { measure, baseYear: 2015 })[lang]).toBe(expected);
	});
});

describe('nearestYear', () => {
	it.each([
		[[2019, 2021, 2023], 2022, 2021],
		[[2023], 2021, 2023],
		[[2015, 2025], 2020, 2015],
		[[], 2020, undefined]
	])('in %j, nearest to %d is %s', (years, target, expected) => {
		expect(nearestYear(years, target)).toBe(expected);
	});
});
