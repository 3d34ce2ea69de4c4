import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { openFile, readWithChoices, withRoles, type Opened } from '../ingest/importFile';
import { HEAD_BYTES, openHead, readStreamWithChoices } from '../ingest/importStream';
import type { ImportChoices } from '../ingest/plan';
import type { IngestResult } from '../ingest/types';
import type { DataArgs } from './dataArgs';

export type FileReading =
	{ ok: true; result: IngestResult; choices: ImportChoices } | { ok: false; message: string };

/**
 * Reads the file named on the command line with its guessed roles and the options' corrections:
 * a text file is guessed from its head, then read as a stream (bounded memory, whatever its
 * size); an .xlsx workbook is read whole.
 */
export async function readFileArgs(args: DataArgs): Promise<FileReading> {
	const file = args.file ?? '';
	let opened: Opened | { workbook: true };
	try {
		opened = openHead(readHead(file), statSync(file).size);
		if ('workbook' in opened) opened = openFile(readFileSync(file), { sheet: args.sheet });
	} catch (error) {
		return {
			ok: false,
			message: `${args.file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`
		};
	}
	if (!opened.ok) return { ok: false, message: `${args.file}: ${opened.message}` };
	const { guess } = opened.file;
	const choices: ImportChoices = {
		...guess,
		columns: withRoles(guess.columns, args.roles),
		level: args.level ?? guess.level,
		indicator: args.indicator,
		year: args.year,
		kind: args.kind ?? guess.kind,
		sumParts: guess.sumParts
	};
	const result = opened.file.sheets.length
		? readWithChoices(opened.file, choices)
		: await readStreamWithChoices(createReadStream(file, { highWaterMark: 1 << 20 }), choices);
	return { ok: true, result, choices };
}

function readHead(file: string): Uint8Array {
	const fd = openSync(file, 'r');
	try {
		const head = new Uint8Array(HEAD_BYTES);
		return head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
	} finally {
		closeSync(fd);
	}
}
