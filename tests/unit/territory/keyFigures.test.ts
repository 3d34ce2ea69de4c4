import { describe, expect, it } from 'vitest';
import { loadBundledModel } from '../bundledModel';
import { CLAIMS } from '$lib/territory/claims';
import { KEY_FAMILIES, keyFigureCards } from '$lib/territory/keyFigures';
import { changeText, copySentence, figureText } from '$lib/territory/keyFigureTexts';
import { withTerritory } from '$lib/territory/territory';
import { territoryFixtureModel } from '../../fixtures/territoryFixture';

const model = withTerritory(territoryFixtureModel());
const cards = keyFigureCards(model, 'fr');
const card = (id: string) => {
	const found = cards.find((c) => c.indicator.id === id);
	if (!found) throw new Error(id);
	return found;
};

describe('keyFigureCards', () => {
	it('gives the territory, each région and France, with the latest year of each', () => {
		const jobs = card('jobs_industry');
		expect(jobs.areas.map((a) => [a.name, a.latest?.value, a.latest?.year])).toEqual([
			['Territoire CIMES (AURA + Nouvelle-Aquitaine)', 700_000, 2013],
			['Auvergne-Rhône-Alpes', 470_000, 2013],
			['Nouvelle-Aquitaine', 230_000, 2013],
			['France', 2_800_000, 2013]
		]);
	});

	it('gives the share of France for the same year, none for France itself', () => {
		expect(card('jobs_industry').areas.map((a) => a.shareFrance)).toEqual([
			25,
			470 / 28,
			230 / 28,
			null
		]);
	});

	it('measures the change over the longest span, naming both years', () => {
		const [territory, aura] = card('jobs_industry').areas;
		expect(territory.change).toMatchObject({ from: 2010, to: 2013, fromValue: 750_000 });
		expect(changeText(territory.change, 'fr')).toBe('−6,7\u202f% de 2010 à 2013');
		expect(changeText(aura.change, 'en')).toBe('−6% from 2010 to 2013');
		// The territory's series skips the years where NA lacks a figure.
		expect(territory.series.map((p) => p.year)).toEqual([2010, 2013]);
		expect(aura.series.map((p) => p.year)).toEqual([2010, 2011, 2012, 2013]);
	});

	it('leaves out indicators that data/ does not hold, and keeps "no data" where an area has none', () => {
		expect(cards.map((c) => c.indicator.id)).toEqual([
			'establishments_industry',
			'jobs_industry',
			'jobs_manufacturing',
			'population'
		]);
		const noNa = withTerritory(
			territoryFixtureModel(
				territoryFixtureModel().observations.filter(
					(o) => !(o.code === '75' && o.indicator === 'population')
				)
			)
		);
		const population = keyFigureCards(noNa, 'fr').find((c) => c.indicator.id === 'population');
		const [territory, , na] = population?.areas ?? [];
		expect(population && figureText(population, territory, 'fr')).toBe('pas de données');
		expect(population && figureText(population, na, 'en')).toBe('no data');
		expect(population && copySentence(noNa, population, na, 'fr')).toBe('');
	});

	it('writes a sourced sentence to copy, in French and English', () => {
		const jobs = card('jobs_industry');
		expect(copySentence(model, jobs, jobs.areas[0], 'fr')).toBe(
			'En 2013, le territoire CIMES (Auvergne-Rhône-Alpes + Nouvelle-Aquitaine) comptait 700\u202f000\u00a0salariés (libellé jobs_industry), soit 25\u202f% du total de la France (Fixture, Jeu de test).'
		);
		expect(copySentence(model, jobs, jobs.areas[1], 'en')).toMatch(
			/^In 2013, Auvergne-Rhône-Alpes had 470,000\u00a0salariés \(label jobs_industry\), 16\.8% of France’s total \(Fixture, Jeu de test\)\.$/
		);
	});
});

describe('the key figures and claims name indicators of data/', async () => {
	const bundled = await loadBundledModel();
	const known = new Set(bundled.indicators.map((i) => i.id));
	const named = new Set([
		...KEY_FAMILIES.flatMap((f) => f.indicators),
		...CLAIMS.flatMap((c) =>
			c.test.kind === 'none' ? c.test.nearest.indicators : c.test.indicators
		)
	]);
	it.each([...named])('%s is in datapackage.json', (id) => {
		expect(known.has(id)).toBe(true);
	});
});
