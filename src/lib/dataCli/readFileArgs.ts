import { readFileSync } from 'node:fs';
import { openFile, readWithChoices, withRoles } from '../ingest/importFile';
import type { ImportChoices } from '../ingest/plan';
import type { IngestResult } from '../ingest/types';
import type { DataArgs } from './dataArgs';

export type FileReading =
	{ ok: true; result: IngestResult; choices: ImportChoices } | { ok: false; message: string };

/** Reads the file named on the command line with its guessed roles and the options' corrections. */
export function readFileArgs(args: DataArgs): FileReading {
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(readFileSync(args.file ?? ''));
	} catch (error) {
		return {
			ok: false,
			message: `${args.file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`
		};
	}
	const opened = openFile(bytes, { sheet: args.sheet });
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
	return { ok: true, result: readWithChoices(opened.file, choices), choices };
}
