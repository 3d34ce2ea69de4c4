// The importer's worker: a file is opened from its head, guessed, then read chunk by chunk
// (file.stream()) off the main thread, with its progress; ending the worker stops the read.
import { openFile, readWithChoices, type OpenedFile } from '../ingest/importFile';
import { chunksOf, HEAD_BYTES, openHead, readStreamWithChoices } from '../ingest/importStream';
import type { ImportChoices } from '../ingest/plan';
import { joinReport } from '../ingest/report';
import { readerStopped, type WorkerReply, type WorkerRequest } from './workerMessages';

let opened: { file: Blob; text: OpenedFile } | null = null;
const reply = (message: WorkerReply) => self.postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) =>
	answer(event.data).catch((error: Error) => reply(readerStopped(error.message || String(error))));

async function answer(request: WorkerRequest) {
	if (request.type === 'open') {
		reply({ type: 'progress', done: 0 });
		const { file, sheet } = request;
		const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
		let result = openHead(head, file.size);
		if ('workbook' in result)
			result = openFile(new Uint8Array(await file.arrayBuffer()), { sheet });
		if (!result.ok) {
			// Said with its key: the page words the refusal in its language.
			const { key, params, message } = result;
			return reply({ type: 'failed', key, params, message });
		}
		opened = { file, text: result.file };
		// The page needs only the header, preview and guesses.
		const { header, headerRow, preview, guess, sheets } = result.file;
		reply({
			type: 'opened',
			file: { header, headerRow, preview, guess, sheets, sheet: result.file.sheet }
		});
	} else if (request.type === 'read' && opened) {
		const choices = request.choices as ImportChoices;
		const result = opened.text.sheets.length
			? readWithChoices(opened.text, choices)
			: await readStreamWithChoices(
					chunksOf(opened.file.stream()),
					choices,
					progressOf(opened.file.size)
				);
		reply({ type: 'read', result, report: joinReport(result) });
	}
}

/** Posts the share of the file read, at most every 1 % (a few dozen messages for any file). */
function progressOf(total: number) {
	let read = 0;
	let posted = 0;
	return (bytes: number) => {
		read += bytes;
		const done = total > 0 ? read / total : 1;
		if (done - posted >= 0.01) {
			posted = done;
			reply({ type: 'progress', done });
		}
	};
}
