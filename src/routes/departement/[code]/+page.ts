import { error } from '@sveltejs/kit';
import { FOCUS_DEPARTEMENTS } from '$lib/charts/areas';
import { loadAtlas } from '$lib/data/loadAtlas';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;

/** The 24 départements of Auvergne-Rhône-Alpes and Nouvelle-Aquitaine. */
export const entries: EntryGenerator = () => FOCUS_DEPARTEMENTS.map((code) => ({ code }));

export const load: PageLoad = async ({ fetch, params }) => {
	if (!(FOCUS_DEPARTEMENTS as readonly string[]).includes(params.code)) {
		error(404, `No profile for département ${params.code}`);
	}
	return { model: await loadAtlas(fetch), code: params.code };
};
