import type { Topology } from 'topojson-specification';
import { buildAtlasModel, type AtlasModel } from './model';
import { parseCsv } from './parseCsv';
import type { DataPackage } from './schema';
import type { DataIssue, Observation } from './types';
import { validateTable } from './validateTable';
import { knownCodesOf } from '../geo/geoFacts';

export const DATA_BASE = '/data';
export const TOPOLOGY_PATH = 'geo/france.topo.json';

type Fetch = typeof fetch;

async function fetchText(fetcher: Fetch, path: string): Promise<string | DataIssue> {
	try {
		const response = await fetcher(`${DATA_BASE}/${path}`);
		if (!response.ok) return { file: path, kind: 'file-unreadable', expected: `HTTP ${response.status}` };
		return await response.text();
	} catch (error) {
		return { file: path, kind: 'file-unreadable', expected: String(error) };
	}
}

/** JSON.parse with the file named in the message: a broken file must say which it is. */
function parseJson<T>(file: string, text: string): T {
	try {
		return JSON.parse(text) as T;
	} catch (error) {
		throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
	}
}

/** The geometry of data/geo; throws with the file named if it cannot be read. */
export async function loadTopology(fetcher: Fetch): Promise<Topology> {
	const text = await fetchText(fetcher, TOPOLOGY_PATH);
	if (typeof text !== 'string') throw new Error(`${TOPOLOGY_PATH}: ${text.expected}`);
	return parseJson<Topology>(TOPOLOGY_PATH, text);
}

/**
 * Loads the data package, the geometry and the CSVs named (all by default), validates every
 * row and returns the typed model with all the issues found (never throws on bad data).
 */
export async function loadAtlas(fetcher: Fetch, resources?: readonly string[]): Promise<AtlasModel> {
	const [packageText, topology] = await Promise.all([
		fetchText(fetcher, 'datapackage.json'),
		loadTopology(fetcher)
	]);
	if (typeof packageText !== 'string') throw new Error(`datapackage.json: ${packageText.expected}`);
	const datapackage = parseJson<DataPackage>('datapackage.json', packageText);
	const empty = buildAtlasModel({ datapackage, topology, observations: [], issues: [], loaded: [] });
	return extendAtlas(empty, fetcher, resources ?? datapackage.resources.map((r) => r.name));
}

/**
 * The model with more of the package's CSVs loaded and validated; those already loaded are
 * skipped. Lets a page load first only what its first view needs.
 */
export async function extendAtlas(
	model: AtlasModel,
	fetcher: Fetch,
	names: readonly string[]
): Promise<AtlasModel> {
	const known = knownCodesOf(model.topology);
	const resources = model.datapackage.resources.filter(
		(r) => names.includes(r.name) && !model.loaded.includes(r.name)
	);
	if (resources.length === 0) return model;
	const issues: DataIssue[] = [...model.issues];
	const observations: Observation[] = [...model.observations];
	const texts = await Promise.all(resources.map((resource) => fetchText(fetcher, resource.path)));
	resources.forEach((resource, i) => {
		const text = texts[i];
		if (typeof text !== 'string') {
			issues.push(text);
			return;
		}
		const table = validateTable(resource.path, parseCsv(resource.path, text), resource.schema, known);
		observations.push(...table.observations);
		issues.push(...table.issues);
	});
	return buildAtlasModel({
		datapackage: model.datapackage,
		topology: model.topology,
		observations,
		issues,
		loaded: [...model.loaded, ...resources.map((r) => r.name)]
	});
}
