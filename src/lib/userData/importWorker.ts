import { readerStopped, type WorkerReply, type WorkerRequest } from './workerMessages';

/**
 * The importer's worker, one per file: requests are answered in turn, `progress` replies are
 * passed on, and `cancel` ends the worker at once: the file's reading stops with it.
 */
export class ImportWorker {
	#worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	#waiting: ((reply: WorkerReply) => void) | null = null;

	constructor(onprogress: (done: number) => void) {
		this.#worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			if (event.data.type === 'progress') onprogress(event.data.done);
			else this.#answer(event.data);
		};
		this.#worker.onerror = (event) => this.#answer(readerStopped(event.message));
	}

	ask(request: WorkerRequest): Promise<WorkerReply> {
		return new Promise((resolve) => {
			this.#waiting = resolve;
			this.#worker.postMessage(request);
		});
	}

	cancel() {
		this.#worker.terminate();
		this.#answer({ type: 'failed', message: 'cancelled' });
	}

	#answer(reply: WorkerReply) {
		const waiting = this.#waiting;
		this.#waiting = null;
		waiting?.(reply);
	}
}
