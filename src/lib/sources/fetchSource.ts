/** A download's bytes and what the server said about them, or why there are none. */
export type Download =
	| {
			ok: true;
			url: string;
			bytes: Uint8Array;
			etag: string | null;
			lastModified: string | null;
			date: string | null;
			attempts: number;
	  }
	| { ok: false; url: string; error: string; attempts: number };

export interface FetchOptions {
	/** Tries after the first one, for network errors, timeouts, truncated bodies and 5xx. */
	retries?: number;
	timeoutMs?: number;
	/** Wait before retry n: backoffMs × 2^(n−1). */
	backoffMs?: number;
	fetch?: typeof fetch;
	sleep?: (ms: number) => Promise<void>;
}

/**
 * Downloads a URL with a timeout, retries with exponential backoff, and a check that the body is
 * whole (Content-Length when the body is not compressed; gzip is decoded by fetch). Never throws:
 * a failure is a value naming the URL. 4xx answers are not retried.
 * @example await fetchSource('https://open.urssaf.fr/…/exports/csv') // { ok: true, bytes, etag, … }
 */
export async function fetchSource(url: string, options: FetchOptions = {}): Promise<Download> {
	const { retries = 3, timeoutMs = 60_000, backoffMs = 1_000 } = options;
	const get = options.fetch ?? fetch;
	const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
	let error = '';
	for (let attempt = 1; attempt <= retries + 1; attempt++) {
		if (attempt > 1) await sleep(backoffMs * 2 ** (attempt - 2));
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), timeoutMs);
		try {
			const response = await get(url, {
				signal: controller.signal,
				headers: { 'accept-encoding': 'gzip' }
			});
			if (!response.ok) {
				error = `HTTP ${response.status} ${response.statusText}`.trim();
				if (response.status < 500)
					return { ok: false, url, error: `${url}: ${error}`, attempts: attempt };
				continue;
			}
			const body = await response.arrayBuffer().catch((e: Error) => e);
			if (body instanceof Error) {
				error = `truncated body: the connection closed while reading (${body.message})`;
				continue;
			}
			const bytes = new Uint8Array(body);
			const length = response.headers.get('content-length');
			const encoded = response.headers.get('content-encoding');
			if (length !== null && !encoded && Number(length) !== bytes.length) {
				error = `truncated body: ${bytes.length} bytes of ${length}`;
				continue;
			}
			const header = (name: string) => response.headers.get(name);
			return {
				ok: true,
				url,
				bytes,
				etag: header('etag'),
				lastModified: header('last-modified'),
				date: header('date'),
				attempts: attempt
			};
		} catch (e) {
			error = controller.signal.aborted
				? `no answer within ${timeoutMs} ms`
				: `network error: ${(e as Error).message}`;
		} finally {
			clearTimeout(timer);
		}
	}
	return {
		ok: false,
		url,
		error: `${url}: ${error} (after ${retries + 1} attempts)`,
		attempts: retries + 1
	};
}

/** The SHA-256 of some bytes, in hexadecimal (Web Crypto: the browser's and Node's). */
export async function sha256(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
