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
	const leftOut = { values: [], issues: [], noData: 0, leftOut: true };
	if (columns.rowFilters.some((f) => f.values.has(cells[f.index].trim()) !== f.keep))
		return leftOut;
	const level = mapping.code.level;
	const code = (mapping.code.byName ? readTerritoryName : readTerritoryCode)(
		level,
		cells[columns.code]
	);
	if (!code.ok) fail(columns.code, code.reason);
	let suffixes = [''];
	if (columns.category >= 0) {
		const category = cells[columns.category].trim();
		if (category === '') fail(columns.category, 'empty category');
		const groupsOf = mapping.category?.groupsOf;
		suffixes = groupsOf
			? [...groupsOf(category)]
			: [mapping.category?.names?.[category] ?? slug(category)];
		if (!suffixes.length && category !== '') return leftOut;
	}
	const names = (measure: string) =>
		columns.category < 0
			? [measure]
			: suffixes.map((suffix) =>
					(mapping.indicatorTemplate ?? '{measure}_{category}')
						.replace('{measure}', measure)
						.replace('{category}', suffix)
				);
	let rowYear = mapping.fixedYear ?? NaN;
	if (columns.year >= 0 && mapping.yearPattern) {
		const period = mapping.yearPattern.exec(cells[columns.year].trim());
		if (!period) return leftOut;
		rowYear = Number(period[1]);
	} else if (columns.year >= 0) rowYear = yearOf(cells[columns.year]);
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

/** 'GS1 Industrie' → 'gs1_industrie': an indicator id part from a category's label. */
export function slug(label: string): string {
	return label
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');
}
