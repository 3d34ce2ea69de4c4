import { error } from '@sveltejs/kit';
import { METRO_REGIONS } from '$lib/charts/areas';
import { loadAtlas } from '$lib/data/loadAtlas';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;

/** The 13 régions of metropolitan France. */
export const entries: EntryGenerator = () => METRO_REGIONS.map((code) => ({ code }));

export const load: PageLoad = async ({ fetch, params }) => {
	if (!(METRO_REGIONS as readonly string[]).includes(params.code)) {
		error(404, `No profile for région ${params.code}`);
	}
	return { model: await loadAtlas(fetch), code: params.code };
};
