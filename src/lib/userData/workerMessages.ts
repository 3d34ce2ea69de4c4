import type { OpenedFile } from '../ingest/importFile';
import type { ImportChoices } from '../ingest/plan';
import type { JoinReport, Said } from '../ingest/report';
import type { IngestResult } from '../ingest/types';

export type WorkerRequest =
	| { type: 'open'; bytes?: ArrayBuffer; text?: string; sheet?: string }
	| { type: 'read'; choices: ImportChoices };

export type WorkerReply =
	| { type: 'progress'; done: number }
	| ({ type: 'failed' } & Said)
	| { type: 'opened'; file: Omit<OpenedFile, 'text'> }
	| { type: 'read'; result: IngestResult; report: JoinReport };
