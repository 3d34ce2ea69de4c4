import { geoPath } from 'd3-geo';
import { relativePath } from '../geo/relativePath';
import type { Topology } from 'topojson-specification';
import { fitFrance } from '../geo/projection';
import { departementsOf, interiorBorders, regionsOf } from '../geo/topology';
import { shapeViewKey, type ShapeView } from './mapFrame';
import { labelRoomOf } from './mapLabels';

export type Bounds = [[number, number], [number, number]];

export interface AreaShape {
	code: string;
	name: string;
	/** The area's région (its own code at région level). */
	region: string;
	d: string;
	/** Projected centroid, for labels, symbols and keyboard tooltips. */
	centroid: [number, number];
	/** Width a label centred on the centroid may take, in viewBox units (see mapLabels). */
	labelRoom: number;
}

export interface MapShapes {
	width: number;
	height: number;
	level: 'departement' | 'region';
	/** The régions that fill the frame. */
	focusRegions: readonly string[];
	/** The areas that carry data, in code order. */
	areas: AreaShape[];
	/** The other régions, in grey for context, clipped to the frame. */
	context: { code: string; d: string }[];
	departementBorders: string;
	regionBorders: string;
	regionNames: Map<string, string>;
	/** Pixel bounds of each région, for "zoom to région". */
	regionBounds: Map<string, Bounds>;
}

const round = (n: number) => Math.round(n * 10) / 10;
// Context and borders are clipped a little outside the frame, so that no cut edge shows.
const CLIP_MARGIN = 20;

/**
 * Projects the geometry once into SVG path strings. At département level the focus régions
 * fill the frame and the rest of France stays as context; at région level all 13 are drawn.
 */
export function buildMapShapes(
	topology: Topology,
	view: ShapeView,
	width: number,
	height: number
): MapShapes {
	const departements = departementsOf(topology);
	const regionOf = new Map(departements.map((d) => [d.id, d.properties.region]));
	const regions = regionsOf(topology);
	const inFocus = (region: string) => view.focusRegions.includes(region);
	const byDepartement = view.level === 'departement';
	const focus = byDepartement ? departements.filter((d) => inFocus(d.properties.region)) : regions;
	const projection = fitFrance(focus, width, height, 12).clipExtent([
		[-CLIP_MARGIN, -CLIP_MARGIN],
		[width + CLIP_MARGIN, height + CLIP_MARGIN]
	]);
	const path = geoPath(projection).digits(1);
	const draw = (object: Parameters<typeof path>[0]) => relativePath(path(object) ?? '', 1);
	const areas = focus
		.map((f) => ({
			code: f.id,
			name: f.properties.name,
			region: 'region' in f.properties ? String(f.properties.region) : f.id,
			d: draw(f),
			centroid: path.centroid(f).map(round) as [number, number],
			labelRoom: labelRoomOf(path.bounds(f), path.centroid(f))
		}))
		.sort((a, b) => a.code.localeCompare(b.code));
	// Context is grey background: whole pixels are precise enough and keep the page light.
	const contextProjected = geoPath(projection).digits(0);
	const contextPath = (object: Parameters<typeof contextProjected>[0]) =>
		relativePath(contextProjected(object) ?? '', 0);
	const context = byDepartement
		? regions
				.filter((r) => !inFocus(r.id))
				.map((r) => ({ code: r.id, d: contextPath(r) ?? '' }))
				.filter((r) => r.d !== '')
		: [];
	return {
		width,
		height,
		level: view.level,
		focusRegions: view.focusRegions,
		areas,
		context,
		departementBorders: byDepartement
			? draw(interiorBorders(topology, 'departements', (id) => inFocus(regionOf.get(id) ?? '')))
			: '',
		regionBorders: draw(interiorBorders(topology, 'regions')),
		regionNames: new Map(regions.map((r) => [r.id, r.properties.name])),
		regionBounds: new Map(
			regions.map((r) => [r.id, path.bounds(r).map((p) => p.map(round)) as Bounds])
		)
	};
}

/**
 * buildMapShapes, remembered per level and focus: projecting is the slowest step of a redraw,
 * and a view only ever needs a few of them.
 */
export function cachedMapShapes(topology: Topology, width: number, height: number) {
	const cache = new Map<string, MapShapes>();
	return (view: ShapeView): MapShapes => {
		const key = shapeViewKey(view);
		let shapes = cache.get(key);
		if (!shapes) {
			shapes = buildMapShapes(topology, view, width, height);
			cache.set(key, shapes);
		}
		return shapes;
	};
}
