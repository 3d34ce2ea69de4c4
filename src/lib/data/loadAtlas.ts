import type { Topology } from 'topojson-specification';
import { buildAtlasModel, type AtlasModel } from './model';
import { parseCsv } from './parseCsv';
import type { DataPackage, Resource } from './schema';
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

type Loaded<T> = { ok: true; value: T } | { ok: false; issue: DataIssue };

/** The data package, or the problem that kept it from being read. */
async function loadDatapackage(fetcher: Fetch): Promise<Loaded<DataPackage>> {
	const file = 'datapackage.json';
	const text = await fetchText(fetcher, file);
	if (typeof text !== 'string') return { ok: false, issue: text };
	let value: unknown;
	try {
		value = parseJson<unknown>(file, text);
	} catch (error) {
		return { ok: false, issue: { file, kind: 'file-unreadable', expected: (error as Error).message } };
	}
	const shaped = (v: unknown): v is DataPackage =>
		typeof v === 'object' &&
		v !== null &&
		['resources', 'indicators', 'sources'].every((key) => Array.isArray((v as Record<string, unknown>)[key]));
	if (!shaped(value)) {
		const expected = 'a data package with "resources", "indicators" and "sources" lists';
		return { ok: false, issue: { file, kind: 'file-unreadable', expected } };
	}
	return { ok: true, value };
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
	const [loaded, topology] = await Promise.all([loadDatapackage(fetcher), loadTopology(fetcher)]);
	if (!loaded.ok) throw new Error(`${loaded.issue.file}: ${loaded.issue.expected}`);
	const datapackage = loaded.value;
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
	const wanted = (r: Resource) => names.includes(r.name) && !model.loaded.includes(r.name);
	if (!model.datapackage.resources.some(wanted)) return model;
	const issues: DataIssue[] = [...model.issues];
	let datapackage = model.datapackage;
	// A first-load package (webDatapackage) has no schemas: the whole package comes first.
	if (datapackage.resources.some((r) => wanted(r) && !r.schema)) {
		const full = await loadDatapackage(fetcher);
		if (!full.ok) {
			// Every file that needed it is marked as loaded all the same, so that the problem is
			// listed once and a page does not ask again and again.
			const names = datapackage.resources
				.filter((r) => !r.schema && !model.loaded.includes(r.name))
				.map((r) => r.name);
			return { ...model, issues: [...issues, full.issue], loaded: [...model.loaded, ...names] };
		}
		datapackage = full.value;
	}
	const known = knownCodesOf(model.topology);
	const resources = datapackage.resources.filter(wanted);
	// A first view's rows of a file (`preloaded`) come again with the whole file.
	const files = new Set(resources.map((r) => r.path));
	const observations: Observation[] = model.observations.filter((o) => !files.has(o.file));
	const texts = await Promise.all(resources.map((resource) => fetchText(fetcher, resource.path)));
	resources.forEach((resource, i) => {
		const text = texts[i];
		if (typeof text !== 'string') {
			issues.push(text);
			return;
		}
		if (!resource.schema) {
			issues.push({ file: resource.path, kind: 'file-unreadable', expected: 'a schema in datapackage.json' });
			return;
		}
		const table = validateTable(resource.path, parseCsv(resource.path, text), resource.schema, known);
		observations.push(...table.observations);
		issues.push(...table.issues);
	});
	return buildAtlasModel({
		datapackage,
		topology: model.topology,
		observations,
		issues,
		loaded: [...model.loaded, ...resources.map((r) => r.name)],
		preloaded: model.preloaded.filter((id) => !files.has(datapackage.resources.find((r) => r.name === model.indicatorById.get(id)?.resource)?.path ?? ''))
	});
}
