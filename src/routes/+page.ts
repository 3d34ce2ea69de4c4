import { browser } from '$app/environment';
import { unpackAtlas } from '$lib/data/packedAtlas';
import { pathsFromDocument } from '$lib/map/firstShapes';
import type { MapShapes } from '$lib/map/mapShapes';
import type { Topology } from 'topojson-specification';
import type { PageLoad } from './$types';

/**
 * The first map's paths: from the prerendered drawing when the browser hydrates it, projected
 * again otherwise (while prerendering, and after a client-side navigation to the map).
 */
async function firstShapesOf(skeleton: MapShapes, fetcher: typeof fetch): Promise<MapShapes> {
	const drawn = browser ? pathsFromDocument(skeleton, document) : null;
	if (drawn) return drawn;
	const [topology, { buildMapShapes }] = await Promise.all([
		// Not the load's fetch while prerendering: SvelteKit would inline the response in the page.
		import.meta.env.SSR
			? import('../../data/geo/france.topo.json').then((m) => m.default as unknown as Topology)
			: import('$lib/data/loadAtlas').then(({ loadTopology }) => loadTopology(fetcher)),
		import('$lib/map/mapShapes')
	]);
	const view = { level: skeleton.level, focusRegions: skeleton.focusRegions };
	return buildMapShapes(topology, view, skeleton.width, skeleton.height);
}

export const load: PageLoad = async ({ data, fetch }) => ({
	model: unpackAtlas(data.atlas),
	firstShapes: await firstShapesOf(data.firstShapes, fetch)
});
