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
	const fail = (index: number, message: string) =>
		issues.push({ row, column: header[index] ?? '', message });
	if (cells.length !== header.length) {
		issues.push({
			row,
			column: '',
			message: `${cells.length} cells where the header has ${header.length}`
		});
		return { values: [], issues, noData: 0 };
	}
	const level = mapping.code.level;
	const code = (mapping.code.byName ? readTerritoryName : readTerritoryCode)(
		level,
		cells[columns.code]
	);
	if (!code.ok) fail(columns.code, code.reason);
	let suffix = '';
	if (columns.category >= 0) {
		const category = cells[columns.category].trim();
		if (category === '') fail(columns.category, 'empty category');
		suffix = mapping.category?.names?.[category] ?? slugOf(category);
	}
	const names = columns.category < 0 ? null : namesOf(mapping, suffix);
	const name = (measure: string) =>
		names === null ? measure : (names.get(measure) ?? indicatorName(mapping, measure, suffix));
	const rowYear = columns.year >= 0 ? yearOf(cells[columns.year]) : (mapping.fixedYear ?? NaN);
	const cellsToRead = columns.yearColumns.length
		? columns.yearColumns.map((c) => (Number.isNaN(c.year) ? { ...c, year: rowYear } : c))
		: [{ index: columns.value, indicator: indicatorOf(cells, columns, mapping), year: rowYear }];
	if (cellsToRead.some((c) => Number.isNaN(c.year)))
		fail(columns.year, `'${cells[columns.year]}' is not a year`);
	if (!columns.yearColumns.length && cellsToRead[0].indicator === '')
		fail(columns.indicatorColumn, 'empty indicator');
	const values: RowValue[] = [];
	let noData = 0;
	for (const { index, indicator, year } of cellsToRead) {
		const reading = readNumber(cells[index], { decimal: mapping.decimal, percent: true });
		if (reading.kind === 'invalid') fail(index, `'${cells[index]}': ${reading.reason}`);
		else if (reading.kind === 'no-data') noData++;
		else if (code.ok)
			values.push({
				level,
				code: code.code,
				indicator: name(indicator),
				year,
				value: reading.value,
				decimals: reading.decimals
			});
	}
	return issues.length ? { values: [], issues, noData: 0 } : { values, issues, noData };
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

function yearOf(text: string): number {
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
