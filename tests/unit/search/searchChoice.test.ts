import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchPlaces } from '$lib/search/areaSearch';
import { readCommuneFile, type CommuneFile } from '$lib/search/places';
import { searchChoice, type SearchContext } from '$lib/search/searchChoice';
import { FOCUS_DEPARTEMENTS } from '../../e2e/fixtures';

const file = JSON.parse(
	readFileSync(join(process.cwd(), 'data/geo/communes.json'), 'utf8')
) as CommuneFile;
const { communes, geography } = readCommuneFile(file);
const commune = (name: string, code: string) =>
	searchPlaces(name, communes, 50).find((p) => p.name === name && p.code === code)!;
const departementsMap: SearchContext = {
	level: 'departement',
	shown: new Set(FOCUS_DEPARTEMENTS),
	focusRegions: ['84', '75'],
	geography,
	lang: 'fr'
};
const regionsMap: SearchContext = {
	...departementsMap,
	level: 'region',
	shown: new Set([...geography.regions.keys()].filter((c) => c.length === 2 && c > '10'))
};

describe('choosing a search result', () => {
	it('Cluses selects Haute-Savoie and says so', () => {
		expect(searchChoice(commune('Cluses', '74'), departementsMap)).toEqual({
			select: '74',
			zoomTo: '74',
			message: 'Cluses (commune) → Haute-Savoie (74)'
		});
	});

	it('a commune outside the atlas names its département and région, and that it is outside', () => {
		const brest = searchChoice(commune('Brest', '29'), departementsMap);
		expect(brest.select).toBeNull();
		expect(brest.message).toContain('Brest (commune) → Finistère (29), Bretagne');
		expect(brest.message).toContain('hors du territoire de l’atlas');
		expect(brest.message).toContain('Régions');
	});

	it('at région level, it selects the région of the commune, inside or outside the atlas', () => {
		expect(searchChoice(commune('Cluses', '74'), regionsMap)).toMatchObject({
			select: '84',
			zoomTo: '84'
		});
		const brest = searchChoice(commune('Brest', '29'), { ...regionsMap, lang: 'en' });
		expect(brest).toMatchObject({ select: '53', zoomTo: '53' });
		expect(brest.message).toContain('outside the atlas’s territory');
		expect(brest.message).toContain('Its région, Bretagne, is selected.');
	});

	it('an overseas commune says where it is, and selects nothing', () => {
		const choice = searchChoice(commune('Saint-Denis', '974'), regionsMap);
		expect(choice.select).toBeNull();
		expect(choice.message).toContain('La Réunion (974)');
	});

	it('a région of the map is zoomed to at département level, another one explained', () => {
		const aura = { kind: 'region', name: 'Auvergne-Rhône-Alpes', code: '84', key: '' } as const;
		expect(searchChoice(aura, departementsMap)).toMatchObject({ select: null, zoomTo: '84' });
		const bretagne = { ...aura, name: 'Bretagne', code: '53' };
		expect(searchChoice(bretagne, departementsMap)).toMatchObject({ select: null, zoomTo: null });
	});

	it('a département of the atlas left out by the chosen scope is explained', () => {
		const choice = searchChoice(commune('Cluses', '74'), {
			...departementsMap,
			shown: new Set(['33', '64'])
		});
		expect(choice.select).toBeNull();
		expect(choice.message).toContain('Les deux régions');
	});
});
