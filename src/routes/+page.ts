import { loadAtlas } from '$lib/data/loadAtlas';
import type { PageLoad } from './$types';

/** What the default map needs; other files load when a view asks for them. */
const INITIAL_RESOURCES = ['firms', 'population'];

export const load: PageLoad = async ({ fetch }) => ({
	model: await loadAtlas(fetch, INITIAL_RESOURCES)
});
