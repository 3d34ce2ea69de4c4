import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '$lib/ingest/decode';
import { StreamDecoder } from '$lib/ingest/streamDecode';

/** The decoder as it was: every chunk through one strict (fatal) UTF-8 decoder. */
class StrictDecoder {
	encoding = 'utf-8';
	bom = false;
	switchedAt: number | null = null;
	#utf8 = new TextDecoder('utf-8', { fatal: true });
	#read = 0;
	#nonAscii = false;
	#head: Uint8Array | null = new Uint8Array(0);
	#tail: Uint8Array = new Uint8Array(0);

	push(chunk: Uint8Array): string {
		if (!this.#head) return this.#decode(chunk);
		const head = concat(this.#head, chunk);
		if (head.length < 3) {
			this.#head = head;
			return '';
		}
		this.#head = null;
		this.bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
		return this.#decode(this.bom ? head.subarray(3) : head);
	}

	end(): string {
		const head = this.#head;
		this.#head = null;
		const text = head ? this.#decode(head) : '';
		if (this.encoding !== 'utf-8') return text;
		try {
			return text + this.#utf8.decode();
		} catch {
			this.#switch(this.#read - this.#tail.length);
			return text + decodeWindows1252(this.#tail);
		}
	}

	#decode(bytes: Uint8Array): string {
		const start = this.#read;
		this.#read += bytes.length;
		if (this.encoding !== 'utf-8') return decodeWindows1252(bytes);
		try {
			const text = this.#utf8.decode(bytes, { stream: true });
			this.#tail = tailOf(bytes.length < 4 ? concat(this.#tail, bytes) : bytes);
			if (/[\u0080-\uffff]/.test(text)) this.#nonAscii = true;
			return text;
		} catch {
			this.#switch(start - this.#tail.length);
			return decodeWindows1252(concat(this.#tail, bytes));
		}
	}

	#switch(at: number) {
		this.encoding = 'windows-1252';
		if (this.#nonAscii) this.switchedAt = at;
	}
}

function tailOf(bytes: Uint8Array): Uint8Array {
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
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

function decodeInChunks(decoder: StreamDecoder | StrictDecoder, bytes: Uint8Array, cuts: number[]) {
	const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
	let text = '';
	[0, ...at].forEach(
		(start, i) => (text += decoder.push(bytes.slice(start, at[i] ?? bytes.length)))
	);
	text += decoder.end();
	const { encoding, bom, switchedAt } = decoder;
	return { text, encoding, bom, switchedAt };
}

const FRAGMENTS = [
	[0x61, 0x3b],
	[0x0a],
	[0xc3, 0xa9], // é
	[0xe2, 0x82, 0xac], // €
	[0xef, 0xbf, 0xbd], // U+FFFD, written in the file
	[0xef, 0xbb, 0xbf], // a BOM
	[0xf0, 0x9f, 0x98, 0x80], // an emoji
	[0xe9], // é in Windows-1252
	[0xc3],
	[0x80],
	[0xff]
];
const bytes = fc
	.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 })
	.map((parts) => Uint8Array.from(parts.flat()));

describe('StreamDecoder', () => {
	it('decodes any bytes in any chunks as a strict decoder does (text, encoding, switch, BOM)', () => {
		fc.assert(
			fc.property(bytes, fc.array(fc.nat(), { maxLength: 5 }), (data, cuts) => {
				expect(decodeInChunks(new StreamDecoder(), data, cuts)).toEqual(
					decodeInChunks(new StrictDecoder(), data, cuts)
				);
			}),
			{ numRuns: 3000 }
		);
	});

	it('keeps a U+FFFD written in a UTF-8 file, and switches at a byte that is not UTF-8', () => {
		const written = Uint8Array.from([0x61, 0xef, 0xbf, 0xbd, 0xc3, 0xa9]);
		expect(decodeInChunks(new StreamDecoder(), written, [2])).toMatchObject({
			text: 'a\ufffdé',
			encoding: 'utf-8'
		});
		// A second BOM cut across chunks at the start is skipped, as a strict decoder skips it.
		const twice = Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0xef, 0xbf, 0xbd]);
		for (const cut of [4, 5, 6])
			expect(decodeInChunks(new StreamDecoder(), twice, [cut])).toMatchObject({
				text: '\ufffd',
				bom: true
			});
		const latin = Uint8Array.from([0xc3, 0xa9, 0x0a, 0x43, 0xf4, 0x74, 0x65]);
		expect(decodeInChunks(new StreamDecoder(), latin, [3])).toEqual({
			text: 'é\nCôte',
			encoding: 'windows-1252',
			bom: false,
			switchedAt: 3
		});
	});
});
