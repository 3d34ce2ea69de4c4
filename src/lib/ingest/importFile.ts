import { decodeBytes } from './decode';
import { guessRoles, type ColumnGuess } from './guess';
import { ingest } from './ingest';
import { explain, type IngestMessage } from './messages';
import { headerKey } from './normalizeHeader';
import { planMapping, type ImportChoices } from './plan';
import { readTable } from './table';
import type { IngestResult, IngestValue } from './types';
import { isZip, readXlsxSheet } from './xlsx';

/** Larger files are refused before reading: the browser would hold several copies. */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;
const PREVIEW_CHARS = 64 * 1024;

export interface OpenedFile {
	text: string;
	/** Sheets of a workbook (empty for text files) and the one read. */
	sheets: string[];
	sheet?: string;
	header: string[];
	headerRow: number;
	preview: string[][];
	guess: ImportChoices;
}

export type Opened = { ok: true; file: OpenedFile } | ({ ok: false } & IngestMessage);

/**
 * Reads a file's bytes into text (CSV, TSV, any delimiter, or a sheet of an .xlsx workbook),
 * with its header, first rows and the guessed role of each column. Empty, binary, too large or
 * column-less files give a message, never an exception.
 */
export function openFile(bytes: Uint8Array, options: { sheet?: string } = {}): Opened {
	if (bytes.length === 0) return { ok: false, ...explain('emptyFile') };
	if (bytes.length > MAX_FILE_BYTES)
		return {
			ok: false,
			...explain('tooLarge', { size: mb(bytes.length), max: mb(MAX_FILE_BYTES) })
		};
	let text: string;
	let sheets: string[] = [];
	let sheet: string | undefined;
	if (isZip(bytes)) {
		const reading = readXlsxSheet(bytes, options.sheet);
		if (!reading.ok)
			return { ok: false, key: reading.key, params: reading.params, message: reading.message };
		({ text, sheets, sheet } = reading);
	} else if (bytes.subarray(0, 4096).includes(0)) {
		return { ok: false, ...explain('binaryFile') };
	} else text = decodeBytes(bytes).text;
	return openText(text, sheets, sheet);
}

export function openText(text: string, sheets: string[] = [], sheet?: string): Opened {
	const sample = readTable(text.slice(0, PREVIEW_CHARS).replace(/^\ufeff/, ''));
	if (sample.header.length < 2 || sample.records.length === 0)
		return { ok: false, ...explain('noTable') };
	const preview = sample.records.slice(0, 20).map((r) => r.cells);
	const guess = guessRoles(sample.header, preview);
	return {
		ok: true,
		file: {
			text,
			sheets,
			sheet,
			header: sample.header,
			headerRow: sample.headerRow,
			preview,
			guess
		}
	};
}

/** Reads the whole file with the chosen mapping: a result with every row accounted for. */
export function readWithChoices(file: OpenedFile, choices: ImportChoices): IngestResult {
	const plan = planMapping(choices);
	if (!plan.ok) return planFailure(readTable(file.text).records.length, file.headerRow, plan);
	const result = ingest(file.text, plan.mapping);
	if (choices.kind !== 'rate' && plan.mapping.category) addCategoryTotals(result, plan.measures);
	return result;
}

/** No mapping could be made of the roles: every row rejected, the reason on the header's row. */
export function planFailure(rows: number, headerRow: number, said: IngestMessage): IngestResult {
	const { key, params, message } = said;
	return {
		rows,
		accepted: 0,
		rejected: rows,
		issues: [{ row: headerRow, column: '', key, params, message }],
		values: [],
		noData: 0,
		skipped: { before: 0, after: 0 },
		notes: []
	};
}

/**
 * Long by category: each measure's all-categories total (`<measure>_total`) beside the
 * categories, summed from the accepted rows' figures.
 */
export function addCategoryTotals(result: IngestResult, measures: string[]) {
	const totals = new Map<string, IngestValue>();
	for (const v of result.values) {
		const measure = measures.find((m) => v.indicator.startsWith(`${m}_`));
		if (measure === undefined) continue;
		const key = [v.geo_level, v.geo_code, measure, v.year].join('|');
		const total = totals.get(key) ?? { ...v, indicator: `${measure}_total`, value: 0 };
		total.value = Number((total.value + v.value).toFixed(6));
		totals.set(key, total);
	}
	result.values.push(...totals.values());
}

/** The roles with the command line's or the user's corrections applied. */
export function withRoles(
	columns: ColumnGuess[],
	overrides: Partial<Record<ColumnGuess['role'], string>>
): ColumnGuess[] {
	const entries = Object.entries(overrides).filter(([, column]) => column !== undefined) as [
		ColumnGuess['role'],
		string
	][];
	return columns.map((c) => {
		const forced = entries.find(([, column]) => headerMatches(column, c.column));
		if (forced) return { ...c, role: forced[0] };
		return entries.some(([role]) => role === c.role) ? { ...c, role: 'ignore' } : c;
	});
}

const headerMatches = (a: string, b: string) => headerKey(a) === headerKey(b);

const mb = (n: number) => Math.round(n / 1024 / 1024);
