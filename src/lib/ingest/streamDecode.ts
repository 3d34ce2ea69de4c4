import { decodeWindows1252 } from './decode';

/**
 * Turns a file's bytes into text chunk by chunk: UTF-8 (a leading BOM removed) while the bytes
 * are valid UTF-8, Windows-1252 otherwise. Should bytes that are not UTF-8 come after text that
 * was not plain ASCII, the rest is read as Windows-1252 and `switchedAt` says from which byte
 * (a whole-file read would have re-read the start as Windows-1252 too).
 * UTF-8 is decoded leniently (Chromium's strict decoder is ten times slower) and a chunk whose
 * text holds U+FFFD is decoded again strictly, to tell a bad byte from a written U+FFFD.
 * @example const d = new StreamDecoder(); d.push(new Uint8Array([0x43, 0xf4])) + d.end() // 'Cô'
 */
export class StreamDecoder {
	encoding: 'utf-8' | 'windows-1252' = 'utf-8';
	bom = false;
	/** The byte from which Windows-1252 replaced UTF-8, when it did after the first chunk. */
	switchedAt: number | null = null;
	#utf8 = new TextDecoder('utf-8');
	#bytesRead = 0;
	#nonAscii = false;
	#head: Uint8Array | null = new Uint8Array(0);
	/** The last bytes of the previous chunk that may start a character not yet complete. */
	#tail: Uint8Array = new Uint8Array(0);

	push(chunk: Uint8Array): string {
		if (this.#head) {
			// The BOM is sniffed on 3 bytes; a first chunk shorter than that waits for more.
			const head = concat(this.#head, chunk);
			if (head.length < 3) {
				this.#head = head;
				return '';
			}
			this.#head = null;
			this.bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
			return this.#decode(this.bom ? head.subarray(3) : head);
		}
		return this.#decode(chunk);
	}

	end(): string {
		if (this.#head) {
			const head = this.#head;
			this.#head = null;
			return this.#decode(head) + this.#finish();
		}
		return this.#finish();
	}

	#decode(bytes: Uint8Array): string {
		const start = this.#bytesRead;
		this.#bytesRead += bytes.length;
		if (this.encoding === 'windows-1252') return decodeWindows1252(bytes);
		try {
			let text = this.#utf8.decode(bytes, { stream: true });
			if (text.includes('\ufffd'))
				text = this.#strict(start).decode(concat(this.#tail, bytes), STREAM);
			// A sequence cut by the chunk's end may have begun in the previous, short chunk.
			this.#tail = incompleteTail(bytes.length < 4 ? concat(this.#tail, bytes) : bytes);
			if (!this.#nonAscii && NON_ASCII.test(text)) this.#nonAscii = true;
			return text;
		} catch {
			this.#switch(start - this.#tail.length);
			return decodeWindows1252(concat(this.#tail, bytes));
		}
	}

	/**
	 * A strict decoder in the place of the lenient one, which has read `read` bytes: given the
	 * bytes not yet decoded (the tail) first, it skips a BOM only if no character came before.
	 */
	#strict(read: number): TextDecoder {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: read - this.#tail.length > 0 });
	}

	#switch(at: number) {
		this.encoding = 'windows-1252';
		// Plain ASCII reads the same in both: as if the whole file had been Windows-1252.
		if (this.#nonAscii) this.switchedAt = at;
	}

	#finish(): string {
		if (this.encoding === 'windows-1252') return '';
		try {
			const rest = this.#utf8.decode();
			return rest.includes('\ufffd') ? this.#strict(this.#bytesRead).decode(this.#tail) : rest;
		} catch {
			this.#switch(this.#bytesRead - this.#tail.length);
			return decodeWindows1252(this.#tail);
		}
	}
}

const NON_ASCII = /[\u0080-\uffff]/;
const STREAM = { stream: true };

/** The bytes at the end of a chunk that begin a UTF-8 sequence the chunk does not complete. */
function incompleteTail(bytes: Uint8Array): Uint8Array {
	for (let back = 1; back <= Math.min(3, bytes.length); back++) {
		const b = bytes[bytes.length - back];
		if (b < 0x80) return new Uint8Array(0);
		if (b >= 0xc0) {
			const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
			return length > back ? bytes.slice(bytes.length - back) : new Uint8Array(0);
		}
	}
	return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	if (a.length === 0) return b;
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}
