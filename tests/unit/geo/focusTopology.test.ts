import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { focusTopology } from '$lib/geo/focusTopology';
import { departementsOf, geoFactsOf, knownCodesOf, regionsOf } from '$lib/geo/topology';

const france = JSON.parse(
	readFileSync(join(process.cwd(), 'data/geo/france.topo.json'), 'utf8')
) as Topology;
const focus = focusTopology(france, ['84', '75']);

const geometryOf = (topology: Topology, name: string, id: string) =>
	(
		feature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection
	).features.find((f) => f.id === id)?.geometry;

describe('focusTopology', () => {
	it('keeps every code, name and région, but outlines only the focus départements', () => {
		const departements = departementsOf(focus);
		expect(departements).toHaveLength(96);
		expect(departements.map((d) => [d.id, d.properties.name, d.properties.region])).toEqual(
			departementsOf(france).map((d) => [d.id, d.properties.name, d.properties.region])
		);
		const outlined = departements.filter((d) => d.geometry !== null);
		expect(outlined).toHaveLength(24);
		expect(new Set(outlined.map((d) => d.properties.region))).toEqual(new Set(['84', '75']));
		expect(knownCodesOf(focus)).toEqual(knownCodesOf(france));
		expect(geoFactsOf(focus).regionOf).toEqual(geoFactsOf(france).regionOf);
	});

	it('draws the kept départements and all 13 régions exactly as the full file does', () => {
		for (const id of ['01', '38', '74', '33', '64', '87'])
			expect(geometryOf(focus, 'departements', id)).toEqual(geometryOf(france, 'departements', id));
		expect(regionsOf(focus)).toHaveLength(13);
		for (const region of regionsOf(france))
			expect(geometryOf(focus, 'regions', region.id)).toEqual(region.geometry);
	});

	it('drops the arcs only the other départements used, and keeps no unused arc', () => {
		expect(focus.arcs.length).toBeLessThan(france.arcs.length * 0.7);
		const used = new Set<number>();
		const visit = (arcs: unknown): void => {
			if (Array.isArray(arcs)) arcs.forEach(visit);
			else if (typeof arcs === 'number') used.add(arcs < 0 ? ~arcs : arcs);
		};
		for (const name of ['departements', 'regions'])
			for (const g of (focus.objects[name] as GeometryCollection).geometries)
				visit('arcs' in g ? g.arcs : []);
		expect(used.size).toBe(focus.arcs.length);
		expect(Math.max(...used)).toBe(focus.arcs.length - 1);
	});

	it('leaves the file it is given unchanged', () => {
		const before = JSON.stringify(france);
		focusTopology(france, ['84']);
		expect(JSON.stringify(france)).toBe(before);
	});
});
