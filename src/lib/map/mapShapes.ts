import { geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { fitFrance } from '../geo/projection';
import { departementsOf, interiorBorders, regionsOf } from '../geo/topology';

export interface AreaShape {
	code: string;
	name: string;
	region: string;
	d: string;
	/** Projected centroid, for labels and tooltips. */
	centroid: [number, number];
}

export interface MapShapes {
	width: number;
	height: number;
	/** The départements of the focus régions, in code order. */
	areas: AreaShape[];
	/** Every other metropolitan département, drawn in grey for context. */
	context: { code: string; d: string }[];
	departementBorders: string;
	regionBorders: string;
	regionNames: Map<string, string>;
}

/**
 * Projects the geometry once into SVG path strings: the focus régions fill the frame and the
 * rest of France stays as context around them.
 */
export function buildMapShapes(
	topology: Topology,
	focusRegions: readonly string[],
	width: number,
	height: number
): MapShapes {
	const departements = departementsOf(topology);
	const focus = departements.filter((d) => focusRegions.includes(d.properties.region));
	const projection = fitFrance(focus, width, height, 12);
	const path = geoPath(projection).digits(1);
	const areas = focus
		.map((f) => ({
			code: f.id,
			name: f.properties.name,
			region: f.properties.region,
			d: path(f) ?? '',
			centroid: path.centroid(f).map((n) => Math.round(n * 10) / 10) as [number, number]
		}))
		.sort((a, b) => a.code.localeCompare(b.code));
	const context = departements
		.filter((d) => !focusRegions.includes(d.properties.region))
		.map((f) => ({ code: f.id, d: path(f) ?? '' }));
	return {
		width,
		height,
		areas,
		context,
		departementBorders: path(interiorBorders(topology, 'departements')) ?? '',
		regionBorders: path(interiorBorders(topology, 'regions')) ?? '',
		regionNames: new Map(regionsOf(topology).map((r) => [r.id, r.properties.name]))
	};
}
