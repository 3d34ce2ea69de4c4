import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t' | '|';
const DELIMITERS: Delimiter[] = [';', ',', '\t', '|'];
/** Enough lines to see the table's shape, however long the file. */
export const SNIFF_LENGTH = 64 * 1024;

export interface TableRecord {
	/** The record's number in the file, counting every line before it (from 1). */
	row: number;
	cells: string[];
}

export interface Table {
	delimiter: Delimiter;
	/** Header cells without BOMs (official exports repeat one inside the line) and trimmed. */
	header: string[];
	headerRow: number;
	records: TableRecord[];
	/** Title lines before the header and notes after the table. */
	skipped: { before: number; after: number };
}

/**
 * Cuts text into a table: the delimiter is the one that gives the most records of one width
 * (`,` `;` tab `|`), the header is the first record of that width, title lines before it and
 * note lines after the last full-width record are skipped and counted; blank lines are ignored.
 * Quoted fields may hold delimiters and line breaks; CRLF and LF both end a record.
 * @example readTable('Titre\ncode;valeur\n01;3').header // ['code', 'valeur']
 */
export function readTable(text: string, delimiter?: Delimiter): Table {
	const chosen = delimiter ?? sniffDelimiter(text.slice(0, SNIFF_LENGTH));
	const records = parseRecords(text, chosen);
	const { width } = modalWidth(records);
	const headerIndex = records.findIndex((r) => r.cells.length === width);
	let last = records.length - 1;
	while (last > headerIndex && records[last].cells.length !== width && isNote(records[last]))
		last--;
	const header = (records[headerIndex]?.cells ?? []).map((c) => c.replace(/\ufeff/g, '').trim());
	return {
		delimiter: chosen,
		header,
		headerRow: records[headerIndex]?.row ?? 0,
		records: records.slice(headerIndex + 1, last + 1),
		skipped: { before: Math.max(headerIndex, 0), after: records.length - 1 - last }
	};
}

/** The delimiter that gives the most records of one width (ties: the wider table). */
export function sniffDelimiter(sample: string): Delimiter {
	let best = { delimiter: DELIMITERS[0], count: -1, width: 0 };
	for (const d of DELIMITERS) {
		const { width, count } = modalWidth(parseRecords(sample, d));
		if (count > best.count || (count === best.count && width > best.width))
			best = { delimiter: d, count, width };
	}
	return best.delimiter;
}

/** A note line: one non-empty cell, or fewer cells than the table (`Source : Insee`). */
export function isNote(record: TableRecord): boolean {
	return record.cells.filter((c) => c.trim() !== '').length <= 1;
}

function parseRecords(text: string, delimiter: Delimiter): TableRecord[] {
	const parsed = Papa.parse<string[]>(text, {
		delimiter,
		header: false,
		dynamicTyping: false,
		skipEmptyLines: false
	});
	const records: TableRecord[] = [];
	parsed.data.forEach((cells, i) => {
		if (cells.some((c) => c.trim() !== '')) records.push({ row: i + 1, cells });
	});
	return records;
}

export function modalWidth(records: TableRecord[]): { width: number; count: number } {
	const counts = new Map<number, number>();
	for (const r of records)
		if (r.cells.length > 1) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
	let width = 1;
	let count = 0;
	for (const [w, n] of counts) if (n > count || (n === count && w > width)) [width, count] = [w, n];
	return { width, count };
}
