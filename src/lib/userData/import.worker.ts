// The importer's worker: a file is read, guessed and checked off the main thread.
import { openFile, readWithChoices, type OpenedFile } from '../ingest/importFile';
import type { ImportChoices } from '../ingest/plan';
import { joinReport } from '../ingest/report';
import type { WorkerReply, WorkerRequest } from './workerMessages';

let opened: OpenedFile | null = null;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	const reply = (message: WorkerReply) => self.postMessage(message);
	if (request.type === 'open') {
		reply({ type: 'progress', done: 0.5 });
		const result =
			typeof request.text === 'string'
				? openTextBytes(request.text)
				: openFile(new Uint8Array(request.bytes ?? new ArrayBuffer(0)), { sheet: request.sheet });
		if (!result.ok) {
			const { key, params, message } = result;
			return reply({ type: 'failed', key, params, message });
		}
		opened = result.file;
		// The text stays here: the page needs only the header, preview and guesses.
		const { header, headerRow, preview, guess, sheets, sheet } = result.file;
		reply({ type: 'opened', file: { header, headerRow, preview, guess, sheets, sheet } });
	} else if (request.type === 'read' && opened) {
		reply({ type: 'progress', done: 0.5 });
		const result = readWithChoices(opened, request.choices as ImportChoices);
		reply({ type: 'read', result, report: joinReport(result) });
	}
};

function openTextBytes(text: string) {
	return openFile(new TextEncoder().encode(text));
}
