import { describe, expect, it } from 'vitest';
import { measureValues } from '$lib/data/measures';
import { getObservation } from '$lib/data/model';
import { hasTerritory, TERRITORY_CODE, withTerritory } from '$lib/territory/territory';
import { territoryFixtureModel } from '../../fixtures/territoryFixture';

const base = territoryFixtureModel();
const model = withTerritory(base);
const territory = (id: string, year: number) =>
	getObservation(model, id, 'region', TERRITORY_CODE, year)?.value;
const geo = { regionOf: new Map<string, string>() };
const indicator = (id: string) => {
	const found = model.indicatorById.get(id);
	if (!found) throw new Error(id);
	return found;
};

describe('the CIMES territory as an area', () => {
	it.each([
		['jobs_industry', 2010, 750_000],
		['jobs_industry', 2013, 700_000],
		['jobs_manufacturing', 2013, 660_000],
		['establishments_industry', 2013, 34_000],
		['population', 2013, 14_000_000]
	])('sums the two régions: %s in %i is %i', (id, year, sum) => {
		expect(territory(id, year)).toBe(sum);
	});

	it('has no figure for a year where one région lacks it, never a partial sum', () => {
		expect(territory('jobs_industry', 2011)).toBeUndefined(); // NA has no row
		expect(territory('jobs_industry', 2012)).toBeUndefined(); // NA's row is empty
	});

	it('never sums nor averages a share: without its counts it is no data', () => {
		expect(territory('industry_share_total_employment', 2013)).toBeUndefined();
	});

	it('recomputes a rate per inhabitant from the sums, not from the régions’ rates', () => {
		const [measured] = measureValues(
			model,
			{ indicator: indicator('jobs_industry'), measure: 'per10k', level: 'region', year: 2013 },
			geo,
			[TERRITORY_CODE]
		);
		// 700 000 / 14 000 000 × 10 000; the mean of the régions' rates would be 485.4.
		expect(measured.value).toBeCloseTo(500, 9);
	});

	it('gives its share of France from the sums where France has the figure', () => {
		const request = { indicator: indicator('jobs_industry'), level: 'region' as const };
		const share = (year: number) =>
			measureValues(model, { ...request, measure: 'shareFrance', year }, geo, [TERRITORY_CODE])[0]
				.value;
		expect(share(2013)).toBeCloseTo(25, 9);
		expect(share(2010)).toBeCloseTo(25, 9);
		expect(share(2012)).toBeNull();
	});

	it('sums decimals without float noise', () => {
		const observations = [
			...territoryFixtureModel().observations,
			{ ...base.observations[0], indicator: 'population', code: '84', year: 2020, value: 7 },
			{ ...base.observations[0], indicator: 'population', code: '75', year: 2020, value: 2.4 }
		];
		const sum = getObservation(
			withTerritory(territoryFixtureModel(observations)),
			'population',
			'region',
			TERRITORY_CODE,
			2020
		)?.value;
		expect(String(sum)).toBe('9.4');
	});

	it('leaves the model it extends as it was', () => {
		expect(getObservation(base, 'jobs_industry', 'region', TERRITORY_CODE, 2013)).toBeUndefined();
		expect(hasTerritory(base)).toBe(false);
		expect(hasTerritory(model)).toBe(true);
		expect(withTerritory(model)).toBe(model);
	});
});
