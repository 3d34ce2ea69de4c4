import { aggregate } from './aggregate';
import { decodeBytes } from './decode';
import { resolveMapping, type IngestMapping } from './mapping';
import { readRow, type RowValue } from './rowValues';
import { readTable, type Delimiter } from './table';
import type { IngestIssue, IngestLevel, IngestResult } from './types';

export interface IngestOptions extends IngestMapping {
	/** Forced delimiter; sniffed otherwise. */
	delimiter?: Delimiter;
}

/**
 * Reads a file (bytes or text) into the atlas's tidy figures, with every data row accounted for.
 * Never throws on bad input: problems are issues located by row and column.
 * @example ingest('code;année;valeur\n1;2020;3', { code: { column: 'code', level: 'departement' }, year: 'année', value: 'valeur', indicator: 'x' }).values
 * // [{ geo_level: 'departement', geo_code: '01', indicator: 'x', year: 2020, value: 3 }]
 */
export function ingest(input: Uint8Array | string, options: IngestOptions): IngestResult {
	const notes: string[] = [];
	let text = input as string;
	if (typeof input !== 'string') {
		const decoded = decodeBytes(input);
		text = decoded.text;
		notes.push(`encoding ${decoded.encoding}${decoded.bom ? ' with BOM' : ''}`);
	}
	const table = readTable(text.replace(/^\ufeff/, ''), options.delimiter);
	notes.push(`delimiter '${table.delimiter === '\t' ? 'tab' : table.delimiter}'`);
	const result: IngestResult = {
		rows: table.records.length,
		accepted: 0,
		rejected: 0,
		issues: [],
		values: [],
		noData: 0,
		skipped: table.skipped,
		notes
	};
	const { resolved, issues } = resolveMapping(table.header, options, table.headerRow);
	if (!resolved) {
		result.issues = issues;
		result.rejected = result.rows;
		return result;
	}
	const values: RowValue[] = [];
	const firstRowOf = new Map<string, number>();
	let leftOut = 0;
	for (const { row, cells } of table.records) {
		const reading = readRow(row, cells, table.header, resolved, options);
		if (reading.leftOut) leftOut++;
		if (!options.sumRows) reading.issues.push(...duplicates(reading.values, row, firstRowOf));
		if (reading.issues.length) {
			result.rejected++;
			result.issues.push(...reading.issues);
			continue;
		}
		result.accepted++;
		result.noData += reading.noData;
		values.push(...reading.values);
	}
	if (leftOut)
		notes.push(`${leftOut} rows left out by the mapping (other rows, periods or groups)`);
	const sums = aggregate(values, { levels: levelsOf(options), regionOf: options.regionOf });
	result.values = sums.values;
	notes.push(...sums.notes);
	return result;
}

function levelsOf(options: IngestOptions): IngestLevel[] {
	if (options.levels) return options.levels;
	return [options.code.level === 'commune' ? 'departement' : options.code.level];
}

function duplicates(
	values: RowValue[],
	row: number,
	firstRowOf: Map<string, number>
): IngestIssue[] {
	const issues: IngestIssue[] = [];
	for (const v of values) {
		const key = [v.level, v.code, v.indicator, v.year].join('|');
		const first = firstRowOf.get(key);
		if (first === undefined) firstRowOf.set(key, row);
		else if (!issues.length)
			issues.push({
				row,
				column: '',
				message: `same territory, indicator and year as row ${first}`
			});
	}
	return issues;
}
