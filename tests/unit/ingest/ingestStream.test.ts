import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IngestOptions } from '$lib/ingest';
import { openFile, readWithChoices, withRoles } from '$lib/ingest/importFile';
import { HEAD_BYTES, openHead, readStreamWithChoices } from '$lib/ingest/importStream';
import { Ingester } from '$lib/ingest/ingestStream';
import { MAX_ISSUES } from '$lib/ingest/issueList';
import { IMPORT_CASES } from '../../fixtures/import/cases';
import { GUESSED_CASES } from '../../fixtures/import/guessedCases';
import { wholeFileIngest } from './wholeFileIngest';

const folder = new URL('../../fixtures/import/', import.meta.url);
const bytes = (file: string) => new Uint8Array(fs.readFileSync(new URL(file, folder)));

function* chunked(data: Uint8Array, size: number) {
	for (let start = 0; start < data.length; start += size) yield data.subarray(start, start + size);
}

async function* streamed(data: Uint8Array, size: number) {
	yield* chunked(data, size);
}

function readInChunks(data: Uint8Array, size: number, options: IngestOptions) {
	const reader = new Ingester(options);
	for (const chunk of chunked(data, size)) reader.push(chunk);
	return reader.end();
}

const SIZES = [1, 2, 3, 7, 64, 4096, 1 << 20];

describe('the streaming core gives what a whole-file read gives', () => {
	it.each(IMPORT_CASES.map((c) => [c.file, c] as const))('%s, in chunks of any size', (file, c) => {
		const data = bytes(file);
		const whole = wholeFileIngest(data, c.options);
		for (const size of SIZES) expect(readInChunks(data, size, c.options)).toEqual(whole);
	});

	it('a file larger than the sample: titles, Windows-1252, quoted line breaks, notes after', () => {
		const header = 'Code;Libellé;Année;Effectifs\r\n';
		const rows = Array.from({ length: 6000 }, (_, i) => {
			const dep = String((i % 95) + 1).padStart(2, '0');
			const name = i % 50 === 0 ? '"Rhône; ""Alpes""\r\nsuite"' : 'Département été';
			const value = i % 333 === 0 ? 'n.d.' : i % 777 === 0 ? 'x' : `${i % 1000} ${i % 7}00`;
			return `${dep === '20' ? '2A' : dep};${name};${2000 + (i % 20)};${value}\r\n`;
		});
		const text = `Titre du tableau\r\nUnité : emplois\r\n\r\n${header}${rows.join('')}\r\nSource : Insee\r\nNote : é\r\n`;
		const data = Uint8Array.from(text, (ch) =>
			ch === 'é' ? 0xe9 : ch === 'ô' ? 0xf4 : ch.charCodeAt(0)
		);
		const options: IngestOptions = {
			code: { column: 'Code', level: 'departement' },
			year: 'Année',
			value: 'Effectifs',
			indicator: 'jobs',
			sumRows: true,
			decimal: ','
		};
		const whole = wholeFileIngest(data, options);
		expect(data.length).toBeGreaterThan(3 * 64 * 1024);
		expect(whole.skipped).toEqual({ before: 2, after: 2 });
		expect(whole.notes[0]).toBe('encoding windows-1252');
		for (const size of [1000, 65536, 100_000])
			expect(readInChunks(data, size, options)).toEqual(whole);
	});

	it(`keeps the first ${MAX_ISSUES} issues and counts the others by reason`, () => {
		const text = `code;year;value\n${Array.from({ length: 1500 }, (_, i) => `99;2020;${i}`).join('\n')}\n`;
		const options: IngestOptions = {
			code: { column: 'code', level: 'departement' },
			year: 'year',
			value: 'value',
			indicator: 'x'
		};
		const result = readInChunks(new TextEncoder().encode(text), 4096, options);
		expect([result.rows, result.rejected]).toEqual([1500, 1500]);
		expect(result.issues).toHaveLength(MAX_ISSUES);
		expect(result.issues[0]).toMatchObject({ row: 2, column: 'code' });
		expect(result.moreIssues).toEqual({
			count: 500,
			byReason: { notDepartement: 500 }
		});
	});

	it('reads UTF-8 text whose characters are cut between chunks', () => {
		const text = 'dép;année;valeur\nAin — Rhône;2020;1\n'.repeat(1) + '01;2020;2\n';
		const options: IngestOptions = {
			code: { column: 'dép', level: 'departement', byName: true },
			year: 'année',
			value: 'valeur',
			indicator: 'x',
			sumRows: true
		};
		const data = new TextEncoder().encode(text);
		for (const size of [1, 2, 3]) {
			const result = readInChunks(data, size, options);
			expect(result.notes[0]).toBe('encoding utf-8');
			expect(result.issues.map((i) => i.message)).toEqual([
				"'Ain — Rhône' is not the name of a département"
			]);
		}
	});
});

describe('the importer read as a stream (worker, data:check) gives what the whole-file importer gives', () => {
	const cases = GUESSED_CASES.filter((c) => !c.refused && !c.file.endsWith('.xlsx'));
	it.each(cases.map((c) => [c.file, c] as const))('%s', async (file, c) => {
		const data = bytes(file);
		const whole = openFile(data);
		const head = openHead(data.subarray(0, HEAD_BYTES), data.length);
		if (!whole.ok || !('ok' in head) || !head.ok) throw new Error(`${file} not opened`);
		const { guess } = whole.file;
		const choices = {
			...guess,
			columns: withRoles(guess.columns, c.roles ?? {}),
			level: c.level ?? guess.level,
			year: c.year,
			kind: c.kind ?? guess.kind
		};
		expect(head.file.guess).toEqual(guess);
		const expected = readWithChoices(whole.file, choices);
		const result = await readStreamWithChoices(streamed(data, 5), choices);
		// The whole-file importer reads decoded text; the stream also says which encoding it found.
		expect(result.notes.filter((n) => !n.startsWith('encoding '))).toEqual(expected.notes);
		expect(result.noteMessages?.filter((n) => n.key !== 'encoding')).toEqual(expected.noteMessages);
		expect({ ...result, notes: expected.notes, noteMessages: expected.noteMessages }).toEqual(
			expected
		);
	});

	it('opens a large file from its head, cut after its last full line', () => {
		const line = '01;2020;1\n';
		const data = new TextEncoder().encode(`dep;annee;valeur\n${line.repeat(HEAD_BYTES / 8)}`);
		const head = openHead(data.subarray(0, HEAD_BYTES), data.length);
		if (!('ok' in head) || !head.ok) throw new Error('not opened');
		expect(head.file.preview.every((cells) => cells.length === 3)).toBe(true);
		expect(head.file.text.endsWith('\n')).toBe(true);
	});
});

describe('the streaming core keeps what the whole-file core says', () => {
	it('counts each département’s distinct communes, though it sums them as they arrive', () => {
		const commune = (i: number) => `74${String((i % 290) + 1).padStart(3, '0')}`;
		const lines = Array.from({ length: 5800 }, (_, i) => `${commune(i)};${2020 + (i % 2)};1`);
		const data = new TextEncoder().encode(
			`commune;annee;valeur\n${lines.join('\n')}\n01001;2020;4\n`
		);
		const options: IngestOptions = {
			code: { column: 'commune', level: 'commune' },
			year: 'annee',
			value: 'valeur',
			indicator: 'x',
			sumRows: true
		};
		const result = readInChunks(data, 7, options);
		expect(result.communes).toEqual({ departement: { '74': 290, '01': 1 }, region: {} });
		expect(result).toEqual(wholeFileIngest(data, options));
	});

	it('notes the rows left out by the mapping, with its message key', () => {
		const data = new TextEncoder().encode('dep;periode;valeur\n01;2020-T4;1\n01;2021-T1;2\n');
		const options: IngestOptions = {
			code: { column: 'dep', level: 'departement' },
			year: 'periode',
			yearPattern: /^(\d{4})-T4$/,
			value: 'valeur',
			indicator: 'x'
		};
		const result = readInChunks(data, 3, options);
		expect(result.noteMessages).toContainEqual(
			expect.objectContaining({ key: 'rowsLeftOut', params: { count: 1 } })
		);
		expect(result).toEqual(wholeFileIngest(data, options));
	});
});
