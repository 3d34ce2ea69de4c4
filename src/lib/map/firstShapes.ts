import type { MapShapes } from './mapShapes';

/**
 * The first map's shapes travel once. The prerendered page draws their paths; the page's data
 * carries the rest (names, centroids, bounds) with empty paths, and the browser takes the paths
 * back from the drawing it hydrates. Selectors match `ExplorerMap.svelte`.
 */
export function withoutPaths(shapes: MapShapes): MapShapes {
	return {
		...shapes,
		areas: shapes.areas.map((area) => ({ ...area, d: '' })),
		context: shapes.context.map(({ code }) => ({ code, d: '' })),
		departementBorders: '',
		regionBorders: ''
	};
}

/** The shapes with their paths read from the map drawn in `root`, or null if it is not there. */
export function pathsFromDocument(shapes: MapShapes, root: ParentNode): MapShapes | null {
	const pathOf = (selector: string) =>
		root.querySelector(`svg.map ${selector}`)?.getAttribute('d') ?? null;
	const areas = shapes.areas.map((area) => ({ ...area, d: pathOf(`[data-code="${area.code}"]`) }));
	const context = shapes.context.map(({ code }) => ({
		code,
		d: pathOf(`[data-context="${code}"]`)
	}));
	const regionBorders = pathOf('[data-borders="region"]');
	const complete = (d: string | null): d is string => d !== null && d !== '';
	if (![...areas, ...context].every((a) => complete(a.d))) return null;
	if (!complete(regionBorders)) return null;
	return {
		...shapes,
		areas: areas.map((a) => ({ ...a, d: a.d ?? '' })),
		context: context.map((c) => ({ ...c, d: c.d ?? '' })),
		// The explorer's map outlines each area instead (CompareMap draws this mesh).
		departementBorders: '',
		regionBorders
	};
}
