import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { searchPlaces } from '$lib/search/areaSearch';
import { codeOf, normalizeName } from '$lib/search/normalizeName';
import {
	areaPlacesOf,
	geographyOfTopology,
	readCommuneFile,
	type CommuneFile
} from '$lib/search/places';

const read = (path: string) => JSON.parse(readFileSync(join(process.cwd(), path), 'utf8'));
const topology = read('data/geo/france.topo.json') as Topology;
const areas = areaPlacesOf(geographyOfTopology(topology));
const { communes, geography } = readCommuneFile(read('data/geo/communes.json') as CommuneFile);
const places = [...areas, ...communes];
const first = (query: string) => searchPlaces(query, places)[0];

describe('normalizeName and codeOf', () => {
	it.each([
		['Puy-de-Dôme', 'puy de dome'],
		['  PUY de   dome ', 'puy de dome'],
		['Côtes-d’Armor', 'cotes d armor'],
		["L'Haÿ-les-Roses", 'l hay les roses'],
		['St-Étienne', 'saint etienne'],
		['Œuilly', 'oeuilly']
	])('%s → %s', (text, key) => expect(normalizeName(text)).toBe(key));

	it.each([
		['63', '63'],
		['1', '01'],
		[' 2a ', '2A'],
		['974', '974'],
		['Ain', null],
		['6300', null]
	])('%s is the code %s', (query, code) => expect(codeOf(query)).toBe(code));
});

describe('searchPlaces', () => {
	it.each([
		['puy de dome', 'departement', '63'],
		['PUY-DE-DÔME', 'departement', '63'],
		['63', 'departement', '63'],
		['2b', 'departement', '2B'],
		['auvergne', 'region', '84'],
		['nouvelle aquitaine', 'region', '75'],
		['rhone', 'departement', '69'],
		['savoie', 'departement', '73'],
		['cluses', 'commune', '74'],
		['saint etienne', 'commune', '42'],
		['clermont ferrand', 'commune', '63']
	])('"%s" finds first the %s %s', (query, kind, code) => {
		expect(first(query)).toMatchObject({ kind, code });
	});

	it('finds a département by a word inside its name, and every commune of a name', () => {
		expect(searchPlaces('savoie', places).map((p) => p.code)).toEqual(
			expect.arrayContaining(['73', '74'])
		);
		const valence = searchPlaces('valence', places, 20).filter((p) => p.name === 'Valence');
		expect(valence.map((p) => p.code).sort()).toEqual(['16', '26', '82']);
	});

	it('finds nothing for nonsense, and at most the limit asked', () => {
		expect(searchPlaces('zzqx', places)).toEqual([]);
		expect(searchPlaces('', places)).toEqual([]);
		expect(searchPlaces('saint', places, 5)).toHaveLength(5);
	});

	it('knows every current commune of France, with its département and région', () => {
		expect(communes.length).toBeGreaterThan(34_000);
		expect(geography.departements.get('974')).toEqual({ name: 'La Réunion', region: '04' });
		expect(geography.regions.get('84')).toBe('Auvergne-Rhône-Alpes');
	});
});
