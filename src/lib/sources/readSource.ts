import { ingest, type IngestResult } from '../ingest';
import type { SourceDefinition } from './types';

/** A figure as the data files write it. */
export interface DataRow {
	geo_level: string;
	geo_code: string;
	indicator: string;
	year: string;
	value: string;
	source: string;
}

export interface SourceReading {
	rows: DataRow[];
	result: IngestResult;
	/** What makes the file look like another format: columns gone, rows unreadable, départements missing. */
	formatProblems: string[];
}

/**
 * Reads a source's file with its mapping and keeps the figures the atlas takes from it (its
 * indicators, the atlas's départements and their régions).
 * @example readSource(URSSAF_DEPARTEMENT_SECTOR, bytes).rows[0]
 * // { geo_level: 'departement', geo_code: '01', indicator: 'establishments_sector_industry_dec31', year: '2006', value: '2120', source: 'urssaf-dep-grand-secteur-tranche' }
 */
export function readSource(source: SourceDefinition, bytes: Uint8Array): SourceReading {
	const read = source.read?.(bytes);
	return sourceReading(source, read?.result ?? ingest(bytes, source.options), read?.problems);
}

/**
 * The figures the atlas takes from a source's reading, and the signs of a format change (with
 * `problems` found by the source's own reader, if it has one).
 */
export function sourceReading(
	source: SourceDefinition,
	result: IngestResult,
	problems: readonly string[] = []
): SourceReading {
	const regions = new Set(source.regions ?? Object.values(source.options.regionOf ?? {}));
	const wanted = new Set(source.indicators);
	const rows = result.values
		.map((v) => ({ ...v, indicator: source.indicatorIds?.[v.indicator] ?? v.indicator }))
		.filter((v) => wanted.has(v.indicator))
		.filter((v) =>
			v.geo_level === 'departement'
				? source.departements.includes(v.geo_code)
				: v.geo_level === 'pays'
					? source.pays === true
					: regions.has(v.geo_code)
		)
		.map((v) => ({
			geo_level: v.geo_level,
			geo_code: v.geo_code,
			indicator: v.indicator,
			year: String(v.year),
			value: String(v.value),
			source: source.id
		}));
	const formatProblems = [
		...problems,
		...result.issues
			.slice(0, 10)
			.map((i) => `row ${i.row}${i.column ? `, column « ${i.column} »` : ''}: ${i.message}`)
	];
	const more = result.issues.length - 10 + (result.moreIssues?.count ?? 0);
	if (more > 0) formatProblems.push(`… and ${more} more issues`);
	for (const indicator of source.indicators) {
		const present = new Set(
			rows
				.filter((r) => r.indicator === indicator && r.geo_level === 'departement')
				.map((r) => r.geo_code)
		);
		const missing = source.departements.filter((d) => !present.has(d));
		if (missing.length)
			formatProblems.push(`${indicator}: no figure for département ${missing.join(', ')}`);
		const regionsPresent = new Set(
			rows
				.filter((r) => r.indicator === indicator && r.geo_level === 'region')
				.map((r) => r.geo_code)
		);
		// A source with its own reader says itself which régions are missing (Eurostat leaves some
		// sectors of some régions unpublished, so not every indicator has every région).
		const regionsMissing = source.read
			? []
			: (source.regions ?? []).filter((r) => !regionsPresent.has(r));
		if (regionsMissing.length)
			formatProblems.push(`${indicator}: no figure for région ${regionsMissing.join(', ')}`);
	}
	return { rows, result, formatProblems };
}
