import { loadAtlas } from '$lib/data/loadAtlas';
import { fetchDataFile } from '$lib/server/dataFiles';

/** Serves data/ as the app's /data route does (the same function). */
export const fetchFromDisk = fetchDataFile;

/** The model of the bundled data, as the app loads it. */
export const loadBundledModel = () => loadAtlas(fetchFromDisk);
