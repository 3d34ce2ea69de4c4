import { loadAtlas } from '$lib/data/loadAtlas';
import type { PageLoad } from './$types';

export const prerender = true;

export const load: PageLoad = async ({ fetch }) => ({ model: await loadAtlas(fetch) });
