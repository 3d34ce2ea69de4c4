import Papa from 'papaparse';
import { ScannedRecord } from './scannedRecord';
import type { Delimiter } from './table';

export type Newline = '\n' | '\r\n' | '\r';

/**
 * Cuts text that arrives in chunks into CSV records, as papaparse cuts the whole text: a line
 * without a quote is cut at its delimiters with `indexOf`, without a string per cell; a record
 * holding a quote is read by papaparse's own parser, one record at a time. Records are numbered
 * as a whole-text parse numbers them (every line from 1, blank ones too); the rest of a chunk
 * after its last complete record waits for the next chunk.
 */
export class RecordReader {
	#delimiterCode: number;
	#newline: Newline;
	#quotedParser: Papa.Parser;
	#partial = '';
	#row = 0;
	#record = new ScannedRecord();
	#onRecord: (record: ScannedRecord) => void;

	constructor(delimiter: Delimiter, newline: Newline, onRecord: (record: ScannedRecord) => void) {
		this.#delimiterCode = delimiter.charCodeAt(0);
		this.#newline = newline;
		this.#quotedParser = new Papa.Parser({ delimiter, newline, quoteChar: '"', preview: 1 });
		this.#onRecord = onRecord;
	}

	push(text: string) {
		if (this.#partial === '') {
			this.#partial = this.#scan(text, 0, false);
			return;
		}
		// The record the last chunk cut is completed on its own, then the chunk's own text (a flat
		// string, quicker to read character by character than a concatenation) from its next line.
		const newline = text.indexOf(this.#newline);
		if (newline < 0) {
			this.#partial += text;
			return;
		}
		const end = newline + this.#newline.length;
		const rest = this.#scan(this.#partial + text.slice(0, end), 0, false);
		this.#partial =
			rest === '' ? this.#scan(text, end, false) : this.#scan(rest + text.slice(end), 0, false);
	}

	end() {
		if (this.#partial !== '') this.#scan(this.#partial, 0, true);
		this.#partial = '';
	}

	/** Passes on the complete records from `at` (all of them when `last`); returns the rest. */
	#scan(input: string, at: number, last: boolean): string {
		let quote = input.indexOf('"', at);
		while (at < input.length) {
			if (quote !== -1 && quote < at) quote = input.indexOf('"', at);
			let newline = input.indexOf(this.#newline, at);
			if (quote !== -1 && (newline === -1 || quote < newline)) {
				const next = this.#readQuoted(input, at, last);
				if (next < 0) break;
				at = next;
				continue;
			}
			if (newline === -1) {
				if (!last) break;
				newline = input.length;
			}
			this.#readPlain(input, at, newline);
			at = newline + this.#newline.length;
		}
		return at >= input.length ? '' : input.slice(at);
	}

	/** Emits the line from `start` to `newline`, cut at each delimiter. */
	#readPlain(input: string, start: number, newline: number) {
		const record = this.#record;
		record.beginPlain(++this.#row, input);
		// A loop over the characters: cheaper than a call to `indexOf` per cell (short cells).
		const delimiter = this.#delimiterCode;
		for (let at = start; at < newline; at++) {
			if (input.charCodeAt(at) === delimiter) {
				record.addCell(start, at);
				start = at + 1;
			}
		}
		record.addCell(start, newline);
		this.#onRecord(record);
	}

	/** Emits the record with a quote from `start`; returns where the next begins, -1 if unended. */
	#readQuoted(input: string, start: number, last: boolean): number {
		const parsed = this.#quotedParser.parse(input.slice(start), 0, !last);
		const cells = parsed.data[0] as string[] | undefined;
		if (cells === undefined) return -1;
		this.#record.setCells(++this.#row, cells);
		this.#onRecord(this.#record);
		return start + parsed.meta.cursor;
	}
}

/** The line ending papaparse would guess for the text (quoted fields left out). */
export function guessNewline(text: string): Newline {
	const sample = text.slice(0, 1024 * 1024).replace(/"[^]*?"/gm, '');
	const r = sample.split('\r');
	const n = sample.split('\n');
	if (r.length === 1 || (n.length > 1 && n[0].length < r[0].length)) return '\n';
	const withN = r.filter((part) => part[0] === '\n').length;
	return withN >= r.length / 2 ? '\r\n' : '\r';
}
