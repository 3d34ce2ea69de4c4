import { explain, type MessageKey, type MessageParams } from './messages';
import { readNumber } from './readNumber';
import { readTerritoryCode } from './territoryCode';
import { readTerritoryName } from './territoryName';
import type { IngestMapping, ResolvedMapping } from './mapping';
import type { IngestIssue, SourceLevel } from './types';

/** One figure read from one row, before rows are summed. */
export interface RowValue {
	level: SourceLevel;
	code: string;
	indicator: string;
	year: number;
	value: number;
	decimals: number;
}

export interface RowReading {
	values: RowValue[];
	issues: IngestIssue[];
	noData: number;
	/** Read and left out by the mapping's row filters, year pattern or category groups. */
	leftOut?: boolean;
}

/**
 * Reads one data record with a resolved mapping. Any bad cell rejects the whole row (its other
 * figures are not kept), so that a sum is never made of part of a row.
 */
export function readRow(
	row: number,
	cells: readonly string[],
	header: readonly string[],
	columns: ResolvedMapping,
	mapping: IngestMapping
): RowReading {
	const issues: IngestIssue[] = [];
	const fail = (index: number, key: MessageKey, params?: MessageParams) =>
		issues.push({ row, column: header[index] ?? '', ...explain(key, params) });
	if (cells.length !== header.length) {
		issues.push({
			row,
			column: '',
			...explain('cellCount', { cells: cells.length, header: header.length })
		});
		return { values: [], issues, noData: 0 };
	}
	if (columns.rowFilters.some((f) => f.values.has(cells[f.index].trim()) !== f.keep))
		return leftOut();
	const level = mapping.code.level;
	const code = (mapping.code.byName ? readTerritoryName : readTerritoryCode)(
		level,
		cells[columns.code]
	);
	if (!code.ok) fail(columns.code, code.key, code.params);
	let suffixes: readonly string[] | null = null;
	if (columns.category >= 0) {
		const category = cells[columns.category].trim();
		if (category === '') fail(columns.category, 'emptyCategory');
		suffixes = suffixesOf(mapping, category);
		if (!suffixes.length && category !== '') return leftOut();
	}
	const names = (measure: string) => namesFor(mapping, suffixes, measure);
	let rowYear = mapping.fixedYear ?? NaN;
	if (columns.year >= 0 && mapping.yearPattern) {
		const period = mapping.yearPattern.exec(cells[columns.year].trim());
		if (!period) return leftOut();
		rowYear = Number(period[1]);
	} else if (columns.year >= 0) rowYear = yearOf(cells[columns.year]);
	const cellsToRead = columns.yearColumns.length
		? columns.yearColumns.map((c) => (Number.isNaN(c.year) ? { ...c, year: rowYear } : c))
		: [{ index: columns.value, indicator: indicatorOf(cells, columns, mapping), year: rowYear }];
	if (cellsToRead.some((c) => Number.isNaN(c.year)))
		fail(columns.year, 'notYear', { cell: cells[columns.year] });
	if (!columns.yearColumns.length && cellsToRead[0].indicator === '')
		fail(columns.indicatorColumn, 'emptyIndicator');
	const values: RowValue[] = [];
	let noData = 0;
	for (const { index, indicator, year } of cellsToRead) {
		const reading = readNumber(cells[index], { decimal: mapping.decimal, percent: true });
		if (reading.kind === 'invalid')
			fail(index, reading.key, { cell: cells[index], mark: reading.mark ?? '' });
		else if (reading.kind === 'no-data') noData++;
		else if (code.ok)
			for (const name of names(indicator))
				values.push({
					level,
					code: code.code,
					indicator: name,
					year,
					value: reading.value,
					decimals: reading.decimals
				});
	}
	return issues.length ? { values: [], issues, noData: 0 } : { values, issues, noData };
}

/** A row read and left out by the mapping (made only then: most rows are kept). */
function leftOut(): RowReading {
	return { values: [], issues: [], noData: 0, leftOut: true };
}

function indicatorOf(
	cells: readonly string[],
	columns: ResolvedMapping,
	mapping: IngestMapping
): string {
	return columns.indicatorColumn >= 0
		? cells[columns.indicatorColumn].trim()
		: (mapping.indicator ?? '');
}

/** The indicator suffixes of a category's label: its groups, its given name or its slug. */
export function suffixesOf(mapping: IngestMapping, category: string): readonly string[] {
	const groupsOf = mapping.category?.groupsOf;
	return groupsOf
		? [...groupsOf(category)]
		: [mapping.category?.names?.[category] ?? slugOf(category)];
}

/** The indicators a measure's figure goes to: itself, or one per category suffix. */
export function namesFor(
	mapping: IngestMapping,
	suffixes: readonly string[] | null,
	measure: string
): string[] {
	if (suffixes === null) return [measure];
	return suffixes.map(
		(suffix) => namesOf(mapping, suffix).get(measure) ?? indicatorName(mapping, measure, suffix)
	);
}

export function yearOf(text: string): number {
	const match = /^\s*((?:19|20)\d{2})(\.0+)?\s*$/.exec(text);
	return match ? Number(match[1]) : NaN;
}

// Large files repeat a few categories on every row: each id is made once, and the same string
// comes back (its hash already known to the maps that sum the figures).
const SLUGS = new Map<string, string>();
const NAMES = new WeakMap<IngestMapping, Map<string, Map<string, string>>>();
const CACHE_LIMIT = 10_000;

function slugOf(label: string): string {
	let id = SLUGS.get(label);
	if (id === undefined) {
		id = slug(label);
		if (SLUGS.size < CACHE_LIMIT) SLUGS.set(label, id);
	}
	return id;
}

/** The ids already made for a category, by measure (a map that is not kept beyond the limit). */
function namesOf(mapping: IngestMapping, suffix: string): Map<string, string> {
	let bySuffix = NAMES.get(mapping);
	if (!bySuffix) NAMES.set(mapping, (bySuffix = new Map()));
	let byMeasure = bySuffix.get(suffix);
	if (!byMeasure) {
		byMeasure = new Map();
		if (bySuffix.size < CACHE_LIMIT) bySuffix.set(suffix, byMeasure);
	}
	return byMeasure;
}

function indicatorName(mapping: IngestMapping, measure: string, suffix: string): string {
	const id = (mapping.indicatorTemplate ?? '{measure}_{category}')
		.replace('{measure}', measure)
		.replace('{category}', suffix);
	namesOf(mapping, suffix).set(measure, id);
	return id;
}

/** 'GS1 Industrie' → 'gs1_industrie': an indicator id part from a category's label. */
export function slug(label: string): string {
	return label
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');
}
