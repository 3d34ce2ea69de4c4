import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { withoutOutlines } from '$lib/geo/withoutOutlines';
import { departementsOf, regionsOf } from '$lib/geo/topology';
import { geoFactsOf, knownCodesOf } from '$lib/geo/geoFacts';

const france = JSON.parse(
	readFileSync(join(process.cwd(), 'data/geo/france.topo.json'), 'utf8')
) as Topology;
const codes = withoutOutlines(france);

describe('withoutOutlines', () => {
	it('keeps every code, name and région, for checking codes and computing shares', () => {
		expect(knownCodesOf(codes)).toEqual(knownCodesOf(france));
		expect(geoFactsOf(codes)).toEqual(geoFactsOf(france));
		const namesAndRegions = (topology: Topology) =>
			departementsOf(topology).map((d) => [d.id, d.properties.name, d.properties.region]);
		expect(namesAndRegions(codes)).toEqual(namesAndRegions(france));
		expect(departementsOf(codes)[0].properties).toEqual({ name: 'Ain', region: '84' });
		expect(regionsOf(codes).map((r) => r.properties.name)).toContain('Nouvelle-Aquitaine');
	});

	it('has no outline at all, and is a small fraction of the file', () => {
		expect(codes.arcs).toEqual([]);
		expect(departementsOf(codes).every((d) => d.geometry === null)).toBe(true);
		expect(JSON.stringify(codes).length).toBeLessThan(JSON.stringify(france).length / 3);
	});

	it('leaves the topology it is given unchanged', () => {
		const before = JSON.stringify(france);
		withoutOutlines(france);
		expect(JSON.stringify(france)).toBe(before);
	});
});
