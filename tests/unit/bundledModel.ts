import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadAtlas } from '$lib/data/loadAtlas';

/** Serves data/ the way the app's /data route does, from the files on disk. */
export const fetchFromDisk = (async (url: string) => {
	try {
		const text = await readFile(join(process.cwd(), url.replace(/^\//, '')), 'utf8');
		return new Response(text);
	} catch {
		return new Response('', { status: 404 });
	}
}) as typeof fetch;

/** The model of the bundled data, as the app loads it. */
export const loadBundledModel = () => loadAtlas(fetchFromDisk);
