import { describe, expect, it } from 'vitest';
import { profileData, rankAmong } from '$lib/charts/profileData';
import { fixtureContext } from '../../fixtures/compareFixture';

describe('rankAmong', () => {
	it.each([
		{ value: 5, values: [3, 5, 9, null], expected: { rank: 2, total: 3 } },
		{ value: 9, values: [9, 9, 1], expected: { rank: 1, total: 3 } },
		{ value: -1, values: [-1, 4, 0], expected: { rank: 3, total: 3 } },
		{ value: 7, values: [7], expected: { rank: 1, total: 1 } }
	])('$value among $values', ({ value, values, expected }) => {
		expect(rankAmong(value, values)).toEqual(expected);
	});
});

describe('profileData', () => {
	const rhone = profileData(fixtureContext(), 'departement', '69');
	const row = (id: string) =>
		rhone.groups.flatMap((g) => g.rows).find((r) => r.indicator.id === id);

	it('gives every indicator of the level, by theme, with its latest figure and year', () => {
		expect(rhone.groups.map((g) => [g.label, g.rows.map((r) => r.indicator.id)])).toEqual([
			['Établissements', ['firms', 'plants']],
			['Emplois', ['jobs', 'share']],
			['Population', ['population']]
		]);
		expect(row('jobs')).toMatchObject({
			value: 215_000,
			year: 2018,
			seriesYears: [2015, 2016, 2018]
		});
	});

	it('ranks within the région and among the départements, and gives shares of counts', () => {
		expect(row('firms')?.ranks.map((r) => r.text)).toEqual([
			'1ᵉʳ sur 3 dans sa région',
			'1ᵉʳ sur 5 départements d’AURA et de NA'
		]);
		expect(row('firms')?.shareText).toBe('57,1\u202f% de la région ; 8\u202f% de la France');
		// A share (%) is no count: no share of the région.
		expect(row('share')).toMatchObject({ shareRegion: null, shareFrance: null, shareText: '' });
		expect(row('share')?.ranks.map((r) => r.text)).toEqual([
			'2ᵉ sur 3 dans sa région',
			'2ᵉ sur 4 départements d’AURA et de NA'
		]);
	});

	it('says "pas de données" where the area has no figure', () => {
		const pa = profileData(fixtureContext(), 'departement', '64');
		const share = pa.groups.flatMap((g) => g.rows).find((r) => r.indicator.id === 'share');
		expect(share).toMatchObject({ value: null, valueText: 'pas de données', ranks: [] });
	});

	it('sums the area up in one sentence', () => {
		const data = profileData(fixtureContext(), 'region', '84');
		expect(data.summary).toBe(
			'Auvergne-Rhône-Alpes (84) — indicateur population : 3\u202f200\u202f000\u00a0habitants en 2023 (16\u202f% de la France ; 2ᵉ sur 3 régions).'
		);
		expect(profileData(fixtureContext('en'), 'region', '11').summary).toBe(
			'Île-de-France (11) — indicator population: 5,000,000\u00a0inhabitants in 2023 (25% of France; 1st of 3 régions).'
		);
	});
});
