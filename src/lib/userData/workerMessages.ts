import type { OpenedFile } from '../ingest/importFile';
import type { ImportChoices } from '../ingest/plan';
import type { JoinReport, Said } from '../ingest/report';
import type { IngestResult } from '../ingest/types';

/** A file (or pasted cells as a Blob) goes to the worker by reference: never copied whole. */
export type WorkerRequest =
	{ type: 'open'; file: Blob; sheet?: string } | { type: 'read'; choices: ImportChoices };

export type WorkerReply =
	| { type: 'progress'; done: number }
	| ({ type: 'failed' } & Said)
	| { type: 'opened'; file: Omit<OpenedFile, 'text'> }
	| { type: 'read'; result: IngestResult; report: JoinReport };
