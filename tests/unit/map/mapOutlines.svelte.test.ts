import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'devalue';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { MAP_FRAME, shapeViewOf } from '$lib/map/mapFrame';
import { MapOutlines } from '$lib/map/mapOutlines.svelte';
import { buildMapShapes, cachedMapShapes } from '$lib/map/mapShapes';

const france = JSON.parse(
	readFileSync(join(process.cwd(), 'data/geo/france.topo.json'), 'utf8')
) as Topology;
const { width, height } = MAP_FRAME;
const firstView = shapeViewOf('departement', 'both');
const first = buildMapShapes(france, firstView, width, height);
const project = async () => cachedMapShapes(france, width, height);

describe('MapOutlines', () => {
	it('has the first view at once, and the others only once the geometry has loaded', async () => {
		let loads = 0;
		const outlines = new MapOutlines(first, 'geo/france.topo.json', () => {
			loads++;
			return project();
		});
		expect(outlines.shapesFor(shapeViewOf('departement', 'both'))).toBe(first);
		expect(outlines.shapesFor(shapeViewOf('region', 'both'))).toBeNull();
		expect(outlines.shapesFor(shapeViewOf('departement', '84'))).toBeNull();
		await Promise.all([outlines.load(), outlines.load()]);
		expect(loads).toBe(1);
		expect(outlines.shapesFor(shapeViewOf('region', 'both'))?.areas).toHaveLength(13);
		expect(outlines.shapesFor(shapeViewOf('departement', '84'))?.areas).toHaveLength(12);
		expect(outlines.shapesFor(firstView)).toBe(first);
	});

	it('the first shapes reach the browser intact through the page data (devalue)', () => {
		// SvelteKit serializes page data with devalue: Maps and tuples must come back as they were.
		const received = parse(stringify(first)) as typeof first;
		expect(received).toEqual(first);
		expect(received.regionBounds.get('84')).toEqual(first.regionBounds.get('84'));
	});

	it('reports a geometry that cannot load, with its file, and tries again on the next load', async () => {
		let fail = true;
		const outlines = new MapOutlines(first, 'geo/france.topo.json', async () => {
			if (fail) throw new Error('geo/france.topo.json: HTTP 503');
			return project();
		});
		await outlines.load();
		expect(outlines.failure).toEqual({
			file: 'geo/france.topo.json',
			kind: 'file-unreadable',
			expected: 'Error: geo/france.topo.json: HTTP 503'
		});
		expect(outlines.shapesFor(shapeViewOf('region', 'both'))).toBeNull();
		fail = false;
		await outlines.load();
		expect(outlines.failure).toBeNull();
		expect(outlines.shapesFor(shapeViewOf('region', 'both'))?.areas).toHaveLength(13);
	});
});
