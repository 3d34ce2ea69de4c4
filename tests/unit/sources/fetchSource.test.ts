import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fetchSource, sha256 } from '$lib/sources';
import { localServer } from './localServer';

// A local server with one path per behaviour; no request leaves the machine.
const hits = new Map<string, number>();
const server = localServer((request, response) => {
	const path = request.url ?? '';
	const n = (hits.get(path) ?? 0) + 1;
	hits.set(path, n);
	if (path === '/ok') {
		response.writeHead(200, { etag: '"v1"', 'last-modified': 'Wed, 01 Apr 2026 00:00:00 GMT' });
		response.end('code;valeur\n01;3\n');
	} else if (path === '/500-then-ok') {
		if (n < 3) response.writeHead(500).end('busy');
		else response.writeHead(200).end('ok after two 500');
	} else if (path === '/404') response.writeHead(404).end('no');
	else if (path === '/slow') setTimeout(() => response.writeHead(200).end('late'), 3000);
	else if (path === '/truncated') {
		response.writeHead(200, { 'content-length': '100' });
		response.write('only part of it');
		setTimeout(() => response.destroy(), 20);
	} else if (path === '/gzip') {
		response.writeHead(200, { 'content-encoding': 'gzip' });
		response.end(gzipSync('Région;Année\nAuvergne-Rhône-Alpes;2025\n'));
	}
});

const waits: number[] = [];
const options = {
	retries: 2,
	timeoutMs: 2000,
	backoffMs: 10,
	sleep: async (ms: number) => void waits.push(ms)
};
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('fetchSource', () => {
	it('returns the bytes with the ETag and dates', async () => {
		const got = await fetchSource(`${server.base}/ok`, options);
		expect(got).toMatchObject({
			ok: true,
			etag: '"v1"',
			lastModified: 'Wed, 01 Apr 2026 00:00:00 GMT',
			attempts: 1
		});
		expect(got.ok && text(got.bytes)).toBe('code;valeur\n01;3\n');
		expect(got.ok && got.date).toBeTruthy();
	});

	it('retries a 500 with exponential backoff', async () => {
		waits.length = 0;
		const got = await fetchSource(`${server.base}/500-then-ok`, options);
		expect(got).toMatchObject({ ok: true, attempts: 3 });
		expect(waits).toEqual([10, 20]);
	});

	it('does not retry a 404, and names the URL', async () => {
		const got = await fetchSource(`${server.base}/404`, options);
		expect(got).toEqual({
			ok: false,
			url: `${server.base}/404`,
			error: `${server.base}/404: HTTP 404 Not Found`,
			attempts: 1
		});
	});

	it('gives up on a server that does not answer in time', async () => {
		const got = await fetchSource(`${server.base}/slow`, { ...options, timeoutMs: 300 });
		expect(got.ok).toBe(false);
		expect(!got.ok && got.error).toBe(
			`${server.base}/slow: no answer within 300 ms (after 3 attempts)`
		);
	});

	it('refuses a truncated body', async () => {
		const got = await fetchSource(`${server.base}/truncated`, options);
		expect(got.ok).toBe(false);
		expect(!got.ok && got.error).toContain(`${server.base}/truncated: truncated body`);
		expect(hits.get('/truncated')).toBe(3);
	});

	it('decodes a gzip body', async () => {
		const got = await fetchSource(`${server.base}/gzip`, options);
		expect(got.ok && text(got.bytes)).toBe('Région;Année\nAuvergne-Rhône-Alpes;2025\n');
	});

	it('reports an unreachable host as a network error', async () => {
		const got = await fetchSource('http://127.0.0.1:1/nothing', { ...options, retries: 0 });
		expect(!got.ok && got.error).toContain('http://127.0.0.1:1/nothing: network error');
	});

	it('hashes bytes with SHA-256', async () => {
		expect(await sha256(new TextEncoder().encode('abc'))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
});
