import type { OpenedFile } from '../ingest/importFile';
import type { ImportChoices } from '../ingest/plan';
import type { JoinReport, Said } from '../ingest/report';
import { explain } from '../ingest/messages';
import type { IngestResult } from '../ingest/types';

/** A file (or pasted cells as a Blob) goes to the worker by reference: never copied whole. */
export type WorkerRequest =
	{ type: 'open'; file: Blob; sheet?: string } | { type: 'read'; choices: ImportChoices };

export type WorkerFailure = { type: 'failed' } & Said;

export type WorkerReply =
	| { type: 'progress'; done: number }
	| WorkerFailure
	| { type: 'opened'; file: Omit<OpenedFile, 'text'> }
	| { type: 'read'; result: IngestResult; report: JoinReport };

/** The worker stopped on an error: said with its key, the page words it in its language. */
export function readerStopped(detail = ''): WorkerFailure {
	return { type: 'failed', ...explain('readerStopped', detail ? { detail } : {}) };
}
