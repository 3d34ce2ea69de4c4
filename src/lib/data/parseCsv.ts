import Papa from 'papaparse';
import type { DataIssue } from './types';

export interface CsvTable {
	header: string[];
	/** Data rows with their line number in the file (header = line 1). */
	rows: { line: number; cells: string[] }[];
	issues: DataIssue[];
}

const BOM = /\ufeff/g;

/**
 * Parses CSV text with every cell kept as text (no dynamic typing: '01' stays '01').
 * BOMs are stripped from every header cell, since official exports repeat them.
 * @example parseCsv('firms.csv', 'a,b\n1,2').rows // [{ line: 2, cells: ['1', '2'] }]
 */
export function parseCsv(file: string, text: string, delimiter = ','): CsvTable {
	const result = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
		delimiter,
		header: false,
		dynamicTyping: false,
		skipEmptyLines: false
	});
	const issues: DataIssue[] = result.errors.map((error) => ({
		file,
		kind: 'malformed-row',
		row: (error.row ?? 0) + 1,
		expected: error.message
	}));
	const [headerCells = [], ...body] = result.data;
	const header = headerCells.map((cell) => cell.replace(BOM, '').trim());
	// Blank lines are skipped here, not by papaparse, so that line numbers stay true.
	const rows = body
		.map((cells, index) => ({ line: index + 2, cells }))
		.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
	for (const { line, cells } of rows) {
		// A quote left open swallows the next lines into one cell: say so rather than lose them.
		const spread = cells.findIndex((cell) => /[\r\n]/.test(cell));
		if (spread >= 0) {
			issues.push({
				file,
				kind: 'unclosed-quote',
				row: line,
				column: header[spread]
			});
			continue;
		}
		if (cells.length !== header.length) {
			issues.push({
				file,
				kind: 'malformed-row',
				row: line,
				value: `${cells.length}`,
				expected: `${header.length}`
			});
		}
	}
	// papaparse also reports the open quote, without its column: keep our located issue only.
	const open = new Set(issues.filter((i) => i.kind === 'unclosed-quote').map((i) => i.row));
	const located = issues.filter((i) => i.kind !== 'malformed-row' || !open.has(i.row));
	return { header, rows, issues: located };
}
