import { addCategoryTotals, openFile, planFailure, type Opened } from './importFile';
import { Ingester } from './ingestStream';
import { planMapping, type ImportChoices } from './plan';
import { StreamDecoder } from './streamDecode';
import { TableStream } from './tableStream';
import type { IngestResult } from './types';
import { isZip } from './xlsx';

/** The first bytes of a text file, enough for the preview's 64 KB of text in any encoding. */
export const HEAD_BYTES = 256 * 1024;

/** Reports each chunk's size as it is read (a progress bar). */
export type OnChunk = (bytes: number) => void;

/**
 * Opens a text file from its first bytes (`HEAD_BYTES` or fewer) and its size: the same checks,
 * preview and guesses as `openFile`, without reading the rest; the head is cut after its last
 * full line. An .xlsx workbook (a zip) is read whole with `openFile` instead: `workbook` says so.
 */
export function openHead(head: Uint8Array, size: number): Opened | { workbook: true } {
	if (isZip(head)) return { workbook: true };
	if (size === 0) return openFile(head);
	const end = head.length < size ? head.lastIndexOf(0x0a) + 1 : head.length;
	return openFile(head.subarray(0, end > 0 ? end : head.length));
}

/**
 * Reads a whole text file, chunk by chunk, with the chosen mapping: what `readWithChoices` gives
 * for the same bytes, in bounded memory. Stopping the iteration (a worker ended) stops the read.
 */
export async function readStreamWithChoices(
	chunks: AsyncIterable<Uint8Array>,
	choices: ImportChoices,
	onChunk: OnChunk = () => {}
): Promise<IngestResult> {
	const plan = planMapping(choices);
	if (!plan.ok) {
		const { rows, headerRow } = await countRows(chunks, onChunk);
		return planFailure(rows, headerRow, plan);
	}
	const reader = new Ingester(plan.mapping);
	for await (const chunk of chunks) {
		reader.push(chunk);
		onChunk(chunk.length);
	}
	const result = reader.end();
	if (choices.kind !== 'rate' && plan.mapping.category) addCategoryTotals(result, plan.measures);
	return result;
}

async function countRows(chunks: AsyncIterable<Uint8Array>, onChunk: OnChunk) {
	let rows = 0;
	let headerRow = 0;
	const decoder = new StreamDecoder();
	const table = new TableStream(
		undefined,
		(header) => (headerRow = header.headerRow),
		() => rows++
	);
	for await (const chunk of chunks) {
		table.push(decoder.push(chunk));
		onChunk(chunk.length);
	}
	table.push(decoder.end());
	table.end();
	return { rows, headerRow };
}

/** A web stream's chunks as an async iterable (Node's streams already are one). */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
	const reader = stream.getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
		}
	} finally {
		reader.releaseLock();
	}
}
