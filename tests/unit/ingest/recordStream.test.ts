import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RecordReader, type Newline } from '$lib/ingest/recordStream';
import type { Delimiter } from '$lib/ingest/table';

/** The reader as it was: papaparse on each chunk up to its last complete record. */
function papaparseInChunks(chunks: string[], delimiter: Delimiter, newline: Newline) {
	const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
	const records: string[][] = [];
	let partial = '';
	for (const chunk of chunks) {
		const input = partial + chunk;
		const parsed = parser.parse(input, 0, true);
		partial = input.slice(parsed.meta.cursor);
		records.push(...(parsed.data as string[][]));
	}
	if (partial !== '') records.push(...(parser.parse(partial, 0, false).data as string[][]));
	return records;
}

function scanInChunks(chunks: string[], delimiter: Delimiter, newline: Newline) {
	const records: { row: number; cells: string[]; blank: boolean }[] = [];
	const reader = new RecordReader(delimiter, newline, (record) =>
		records.push({ row: record.row, cells: record.cells(), blank: record.isBlank() })
	);
	for (const chunk of chunks) reader.push(chunk);
	reader.end();
	return records;
}

function cut(text: string, cuts: number[]): string[] {
	const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
	return [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
}

const cell = fc.oneof(
	fc.string({ maxLength: 6 }),
	fc.constantFrom('', ' ', '01001 Ambérieu', '12.5', '"', '""', '"a;b"', '"a\nb"', '"x"y', 'a"b'),
	fc.constantFrom(
		'"q ""r"" s"',
		';',
		',',
		'\t',
		'|',
		'\r',
		'\n',
		'\r\n',
		'\ufeff',
		'\u00a0',
		'\u0001'
	),
	fc.string({ unit: fc.constantFrom('a', '"', ';', ',', '\n', '\r', ' '), maxLength: 8 })
);
const table = fc.record({
	delimiter: fc.constantFrom<Delimiter>(';', ',', '\t', '|'),
	newline: fc.constantFrom<Newline>('\n', '\r\n', '\r'),
	rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 10 }),
	ending: fc.boolean(),
	cuts: fc.array(fc.nat(), { maxLength: 6 })
});

describe('RecordReader', () => {
	it('cuts any text in any chunks into the records papaparse reads', () => {
		fc.assert(
			fc.property(table, ({ delimiter, newline, rows, ending, cuts }) => {
				const text = rows.map((r) => r.join(delimiter)).join(newline) + (ending ? newline : '');
				const chunks = cut(text, cuts);
				const expected = papaparseInChunks(chunks, delimiter, newline);
				const scanned = scanInChunks(chunks, delimiter, newline);
				expect(scanned.map((r) => r.cells)).toEqual(expected);
				expect(scanned.map((r) => r.row)).toEqual(expected.map((_, i) => i + 1));
				expect(scanned.map((r) => r.blank)).toEqual(
					expected.map((cells) => cells.every((c) => c.trim() === ''))
				);
			}),
			{ numRuns: 2000 }
		);
	});

	it('reads quoted delimiters, quoted line breaks and doubled quotes across chunks', () => {
		const text = 'code;nom;n\r\n01;"Ain; ""01""\r\nsuite";3\r\n\r\n2A;Corse-du-Sud;4\r\n74;"x"';
		const chunks = cut(text, [5, 17, 30, 44]);
		expect(scanInChunks(chunks, ';', '\r\n')).toEqual([
			{ row: 1, cells: ['code', 'nom', 'n'], blank: false },
			{ row: 2, cells: ['01', 'Ain; "01"\r\nsuite', '3'], blank: false },
			{ row: 3, cells: [''], blank: true },
			{ row: 4, cells: ['2A', 'Corse-du-Sud', '4'], blank: false },
			{ row: 5, cells: ['74', 'x'], blank: false }
		]);
	});
});
