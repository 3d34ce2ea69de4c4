import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
	areaKey,
	FOCUS_DEPARTEMENTS,
	focusDepartements,
	METRO_REGIONS,
	namesOf,
	parseAreaKey,
	refOfKey,
	regionCodes
} from '$lib/charts/areas';
import { colorOf, inkOf } from '$lib/charts/colors';
import { geoFactsOf } from '$lib/geo/geoFacts';
import { fixtureContext } from '../../fixtures/compareFixture';

describe('area keys', () => {
	it.each([
		['departement', '24', '24'],
		['region', '24', 'r24'],
		['pays', 'FR', 'FR']
	] as const)('%s %s ↔ %s (Dordogne and Centre-Val de Loire share 24)', (level, code, key) => {
		expect(areaKey(level, code)).toBe(key);
		expect(parseAreaKey(key)).toEqual({ level, code });
	});

	it.each(['', 'r8', 'x', '2C', 'fr'])('%j is no key', (key) =>
		expect(parseAreaKey(key)).toBeNull()
	);

	it('names a known key, and nothing for an area outside the data', () => {
		const ctx = fixtureContext();
		expect(refOfKey(ctx, '74')).toEqual({
			key: '74',
			level: 'departement',
			code: '74',
			name: 'Haute-Savoie',
			region: '84'
		});
		expect(refOfKey(ctx, 'r11')?.name).toBe('Île-de-France');
		expect(refOfKey(ctx, 'FR')?.name).toBe('France');
		expect(refOfKey(ctx, '75')).toBeUndefined();
		expect(refOfKey(ctx, 'r99')).toBeUndefined();
	});
});

describe('the profile pages', () => {
	const topology = JSON.parse(
		readFileSync(join(process.cwd(), 'data/geo/france.topo.json'), 'utf8')
	) as Topology;
	const ctx = { geo: geoFactsOf(topology), names: namesOf(topology) };

	it('are prerendered for exactly the 24 départements and the 13 régions of the geometry', () => {
		expect(focusDepartements(ctx)).toEqual([...FOCUS_DEPARTEMENTS]);
		expect(regionCodes(ctx)).toEqual([...METRO_REGIONS]);
	});
});

describe('colours', () => {
	it.each([
		[{ level: 'departement', region: '84' }, '#0072B2'],
		[{ level: 'region', region: '75' }, '#D55E00'],
		[{ level: 'region', region: '11' }, '#767676'],
		[{ level: 'pays', region: null }, '#1a1a1a']
	] as const)('%j → %s', (area, color) => expect(colorOf(area)).toBe(color));

	it('darkens vermillion for text', () => {
		expect(inkOf('#D55E00')).toBe('#B34700');
		expect(inkOf('#0072B2')).toBe('#0072B2');
	});
});
