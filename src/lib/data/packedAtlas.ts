import type { Topology } from 'topojson-specification';
import { buildAtlasModel, type AtlasModel } from './model';
import type { DataPackage } from './schema';
import type { DataIssue, GeoLevel, Observation } from './types';

/** One validated row, as a tuple: level, code, indicator, year, value, source, row. */
type PackedRow = [GeoLevel, string, string, number, number | null, string, number];

/**
 * An atlas model as plain data, small enough to inline in a prerendered page: rows as tuples
 * grouped by file, and no index (rebuilt by `unpackAtlas`). Built at build time, the page then
 * needs neither the CSV parser nor the validator to show its first view.
 */
export interface PackedAtlas {
	datapackage: DataPackage;
	topology: Topology;
	tables: { file: string; rows: PackedRow[] }[];
	issues: DataIssue[];
	loaded: string[];
	preloaded: string[];
}

/**
 * `only`: the indicators a first view needs. Their rows are packed, and no other; a file that
 * keeps all its rows stays loaded, one that loses some is not (its kept indicators are
 * `preloaded`, and the whole file loads when another of its indicators is asked for).
 */
export function packAtlas(
	model: AtlasModel,
	web: { datapackage?: DataPackage; topology?: Topology; only?: readonly string[] } = {}
): PackedAtlas {
	const kept = web.only ? model.observations.filter((o) => web.only?.includes(o.indicator)) : model.observations;
	const tables = new Map<string, PackedRow[]>();
	for (const o of kept) {
		if (!tables.has(o.file)) tables.set(o.file, []);
		tables.get(o.file)?.push([o.level, o.code, o.indicator, o.year, o.value, o.source, o.row]);
	}
	const pathOf = new Map(model.datapackage.resources.map((r) => [r.name, r.path]));
	const keptRows = new Set(kept);
	const partial = new Set(model.observations.filter((o) => !keptRows.has(o)).map((o) => o.file));
	const loaded = model.loaded.filter((name) => !partial.has(pathOf.get(name) ?? ''));
	const preloaded = [
		...model.preloaded,
		...new Set(kept.filter((o) => partial.has(o.file)).map((o) => o.indicator))
	];
	return {
		datapackage: web.datapackage ?? model.datapackage,
		topology: web.topology ?? model.topology,
		tables: [...tables].map(([file, rows]) => ({ file, rows })),
		issues: model.issues,
		loaded,
		preloaded
	};
}

export function unpackAtlas(packed: PackedAtlas): AtlasModel {
	const observations: Observation[] = packed.tables.flatMap(({ file, rows }) =>
		rows.map(([level, code, indicator, year, value, source, row]) => ({
			level,
			code,
			indicator,
			year,
			value,
			source,
			file,
			row
		}))
	);
	return buildAtlasModel({ ...packed, observations });
}

/**
 * The data package as a page's first load needs it: without what no page shows (the sources'
 * research notes and intermediate files, the package's description), and without what only
 * loading another file needs (the schemas, the definitions of indicators not loaded yet, all but
 * the publisher of sources no loaded figure cites), which extendAtlas fetches with the
 * whole package. data/datapackage.json keeps everything. Licences and vintages of cited sources
 * stay in both languages: a page switches language without loading anything.
 */
export function webDatapackage(
	datapackage: DataPackage,
	loaded: readonly string[],
	preloaded: readonly string[] = []
): DataPackage {
	const carried = datapackage.indicators.filter(
		(indicator) => loaded.includes(indicator.resource) || preloaded.includes(indicator.id)
	);
	const defined = new Set(carried.map((indicator) => indicator.id));
	const cited = new Set(carried.flatMap((indicator) => indicator.sources));
	return {
		name: datapackage.name,
		title: datapackage.title,
		sources: datapackage.sources.map(({ note: _note, via: _via, ...source }) =>
			cited.has(source.id) ? source : { ...UNCITED, id: source.id, publisher: source.publisher }
		),
		resources: datapackage.resources.map(({ name, path }) => ({ name, path })),
		indicators: datapackage.indicators.map(({ definition, ...indicator }) =>
			defined.has(indicator.id) ? { ...indicator, definition } : indicator
		)
	};
}

/** A source no figure of the first load cites: its publisher only, for lists of indicators. */
const UNCITED = {
	title: '',
	path: '',
	licenseName: '',
	license: { fr: '', en: '' },
	vintage: { fr: '', en: '' }
};
