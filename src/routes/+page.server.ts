import { FOCUS_REGIONS } from '$lib/charts/areas';
import { loadAtlas } from '$lib/data/loadAtlas';
import { packAtlas, webDatapackage } from '$lib/data/packedAtlas';
import { focusTopology } from '$lib/geo/focusTopology';
import { fetchDataFile } from '$lib/server/dataFiles';
import type { PageServerLoad } from './$types';

/** What the default map needs; other files load in the browser when a view asks for them. */
const INITIAL_RESOURCES = ['firms', 'population'];

// Parsed and validated at build time, so the page's first load carries no CSV parser.
export const load: PageServerLoad = async () => {
	const model = await loadAtlas(fetchDataFile, INITIAL_RESOURCES);
	return {
		atlas: packAtlas(model, {
			datapackage: webDatapackage(model.datapackage),
			topology: focusTopology(model.topology, FOCUS_REGIONS)
		})
	};
};
