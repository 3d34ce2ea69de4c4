import { loadAtlas } from '$lib/data/loadAtlas';
import { denominatorOf } from '$lib/data/measures';
import { packAtlas, webDatapackage } from '$lib/data/packedAtlas';
import { withoutOutlines } from '$lib/geo/withoutOutlines';
import { MAP_FRAME, shapeViewOf } from '$lib/map/mapFrame';
import { withoutPaths } from '$lib/map/firstShapes';
import { buildMapShapes } from '$lib/map/mapShapes';
import { fetchDataFile } from '$lib/server/dataFiles';
import { DEFAULT_PARAMS } from '$lib/state/explorerParams';
import type { PageServerLoad } from './$types';

/** The files of the default map; other files load in the browser when a view asks for them. */
const INITIAL_RESOURCES = ['firms', 'population'];

// Parsed, validated and projected at build time: the page's first load carries neither the CSV
// parser nor the geometry and its projection code, which load when another view needs them.
export const load: PageServerLoad = async () => {
	const model = await loadAtlas(fetchDataFile, INITIAL_RESOURCES);
	const firstView = shapeViewOf(DEFAULT_PARAMS.level, DEFAULT_PARAMS.scope);
	const { indicator, measure, level } = DEFAULT_PARAMS;
	// Only the rows the first map shows: the rest of its file loads when the reader asks for more.
	const only = [indicator, denominatorOf(measure, level, indicator)].filter(
		(id) => id !== undefined
	);
	const atlas = packAtlas(model, { topology: withoutOutlines(model.topology), only });
	return {
		atlas: {
			...atlas,
			datapackage: webDatapackage(model.datapackage, atlas.loaded, atlas.preloaded)
		},
		// Paths are drawn in the page, not sent twice: +page.ts takes them back (firstShapes.ts).
		firstShapes: withoutPaths(
			buildMapShapes(model.topology, firstView, MAP_FRAME.width, MAP_FRAME.height)
		)
	};
};
