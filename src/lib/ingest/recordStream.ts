import Papa from 'papaparse';
import type { Delimiter } from './table';

export type Newline = '\n' | '\r\n' | '\r';

/**
 * Cuts text that arrives in chunks into CSV records with papaparse's own parser: each chunk is
 * parsed up to its last complete record, the rest waits for the next chunk. Records are numbered
 * as a whole-text parse numbers them (every line from 1, blank ones too).
 */
export class RecordReader {
	#parser: Papa.Parser;
	#partial = '';
	#row = 0;
	#onRecord: (row: number, cells: string[]) => void;

	constructor(
		delimiter: Delimiter,
		newline: Newline,
		onRecord: (row: number, cells: string[]) => void
	) {
		this.#parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
		this.#onRecord = onRecord;
	}

	push(text: string) {
		const input = this.#partial + text;
		const parsed = this.#parser.parse(input, 0, true);
		this.#partial = input.slice(parsed.meta.cursor);
		this.#emit(parsed.data);
	}

	end() {
		if (this.#partial !== '') this.#emit(this.#parser.parse(this.#partial, 0, false).data);
		this.#partial = '';
	}

	#emit(records: string[][]) {
		for (const cells of records) this.#onRecord(++this.#row, cells);
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
