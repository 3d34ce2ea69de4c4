import type { TableRecord } from './table';

/**
 * One CSV record as the scanner found it, without a string per cell: a plain record is its
 * cells' bounds in the text; a record with quotes is its cells (papaparse's reading). The scanner
 * reuses the object for the next record: keep `toTableRecord()`, never the object.
 */
export class ScannedRecord {
	row = 0;
	count = 0;
	text = '';
	/** The cells of a record with quotes; null for a plain one (bounds in `text`). */
	quoted: string[] | null = null;
	#starts = new Int32Array(32);
	#ends = new Int32Array(32);

	/** Starts a plain record of `text`, its cells added with `addCell`. */
	beginPlain(row: number, text: string) {
		this.row = row;
		this.text = text;
		this.count = 0;
		this.quoted = null;
	}

	addCell(start: number, end: number) {
		if (this.count === this.#starts.length) {
			this.#starts = grown(this.#starts);
			this.#ends = grown(this.#ends);
		}
		this.#starts[this.count] = start;
		this.#ends[this.count++] = end;
	}

	setCells(row: number, cells: string[]) {
		this.row = row;
		this.count = cells.length;
		this.quoted = cells;
	}

	/** The string cell `i` is read from, between `start(i)` and `end(i)`. */
	source(i: number): string {
		return this.quoted === null ? this.text : this.quoted[i];
	}

	start(i: number): number {
		return this.quoted === null ? this.#starts[i] : 0;
	}

	end(i: number): number {
		return this.quoted === null ? this.#ends[i] : this.quoted[i].length;
	}

	cell(i: number): string {
		return this.quoted === null ? this.text.slice(this.#starts[i], this.#ends[i]) : this.quoted[i];
	}

	cells(): string[] {
		if (this.quoted !== null) return this.quoted;
		return Array.from({ length: this.count }, (_, i) => this.cell(i));
	}

	toTableRecord(): TableRecord {
		return { row: this.row, cells: this.cells() };
	}

	/** Whether every cell is empty or white space (what `cell.trim() === ''` says of each). */
	isBlank(): boolean {
		for (let i = 0; i < this.count; i++) {
			const text = this.source(i);
			for (let at = this.start(i), end = this.end(i); at < end; at++)
				if (!isSpace(text.charCodeAt(at))) return false;
		}
		return true;
	}
}

const SPACE = /\s/;

/** The characters `String.prototype.trim` removes. */
export function isSpace(code: number): boolean {
	if (code < 128) return code === 32 || (code >= 9 && code <= 13);
	return SPACE.test(String.fromCharCode(code));
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
	const bigger = new Int32Array(array.length * 2);
	bigger.set(array);
	return bigger;
}
