import { beforeAll, describe, expect, it } from 'vitest';
import { availableMeasures, measureValues } from '$lib/data/measures';
import { getObservation, yearsOf, type AtlasModel } from '$lib/data/model';
import { departementsOf } from '$lib/geo/topology';
import { geoFactsOf } from '$lib/geo/geoFacts';
import { loadBundledModel } from '../bundledModel';

const AURA = ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'];
const NA = ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'];

let model: AtlasModel;
beforeAll(async () => {
	model = await loadBundledModel();
});

describe('the bundled data', () => {
	it('validates without a single issue', () => {
		expect(model.issues).toEqual([]);
		expect(model.observations.length).toBeGreaterThan(2000);
	});

	it('declares every indicator and source that its rows use', () => {
		for (const o of model.observations) {
			expect(model.indicatorById.has(o.indicator), o.indicator).toBe(true);
			expect(model.sourceById.has(o.source), o.source).toBe(true);
		}
	});

	it('joins every département row to a feature of the geometry, and covers the 24', () => {
		const featureCodes = new Set(departementsOf(model.topology).map((f) => f.id));
		const rowCodes = new Set(model.observations.filter((o) => o.level === 'departement').map((o) => o.code));
		expect([...rowCodes].filter((code) => !featureCodes.has(code))).toEqual([]);
		expect([...rowCodes].sort()).toEqual([...AURA, ...NA].sort());
	});

	it.each([...AURA, ...NA])('has population and industrial establishments for %s', (code) => {
		expect(getObservation(model, 'population', 'departement', code, 2023)?.value).toBeGreaterThan(0);
		expect(getObservation(model, 'establishments_industry', 'departement', code, 2021)?.value).toBeGreaterThan(0);
	});

	it('holds the published figures it was built from', () => {
		// Haute-Savoie: 247 of France's 413 bar-turning (25.62A) employer establishments in 2021.
		expect(getObservation(model, 'establishments_2562A_barturning', 'departement', '74', 2021)?.value).toBe(247);
		expect(getObservation(model, 'establishments_2562A_barturning', 'pays', 'FR', 2021)?.value).toBe(413);
		expect(getObservation(model, 'establishments_industry', 'region', '84', 2021)?.value).toBe(21653);
	});

	it('gives the regional private job series year after year', () => {
		const years = yearsOf(model, 'jobs_industry', 'region');
		expect(years[0]).toBeLessThanOrEqual(2000);
		expect(years.at(-1)).toBe(2025);
	});

	it('maps every indicator and measure offered, at its level, for most areas', () => {
		const geo = geoFactsOf(model.topology);
		for (const indicator of model.indicators) {
			for (const level of ['departement', 'region'] as const) {
				const codes = level === 'departement' ? [...AURA, ...NA] : [...new Set(geo.regionOf.values())];
				const year = yearsOf(model, indicator.id, level).at(-1);
				for (const measure of availableMeasures(model, indicator, level)) {
					if (year === undefined || measure === 'change') continue;
					const mapped = measureValues(model, { indicator, measure, level, year }, geo, codes);
					const present = mapped.filter((m) => m.value !== null);
					// Series summed from the 24 départements' files exist for their two régions only.
					const twoRegions = level === 'region' && present.map((m) => m.code).sort().join() === '75,84';
					if (twoRegions) continue;
					expect(present.length, `${indicator.id} ${measure} ${level}`).toBeGreaterThan(codes.length / 2);
				}
			}
		}
	});

	it('states both years when a ratio combines two (establishments 2021 / population 2023)', () => {
		const geo = geoFactsOf(model.topology);
		const indicator = model.indicatorById.get('establishments_industry')!;
		const [area] = measureValues(model, { indicator, measure: 'per10k', level: 'departement', year: 2021 }, geo, ['74']);
		const [numerator, denominator] = area.inputs;
		expect([numerator.year, denominator.year]).toEqual([2021, 2023]);
		expect(area.value).toBeCloseTo((numerator.value! / denominator.value!) * 10_000, 9);
	});
});
