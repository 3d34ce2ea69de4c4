import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { fetchSource, sha256 } from '$lib/sources';

/**
 * A local HTTP server for the tests of one file, on a free port, open from `beforeAll` to
 * `afterAll`: no request leaves the machine. `base` is its address once open.
 * @example const server = localServer((request, response) => response.end('ok')); // `${server.base}/x`
 */
export function localServer(answer: http.RequestListener): { readonly base: string } {
	const server = http.createServer(answer);
	const address = { base: '' };
	beforeAll(async () => {
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		address.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
	return address;
}

/** What `downloadSources` needs of `$lib/sources`, for these sources, without retries. */
export function downloadLib<Source>(sources: Source[]) {
	return {
		SOURCE_DEFINITIONS: sources,
		fetchSource: (url: string) => fetchSource(url, { retries: 0 }),
		sha256
	};
}
