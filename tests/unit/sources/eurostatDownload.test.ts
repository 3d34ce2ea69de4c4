import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EUROSTAT_RD_PERSONNEL, fetchSource, readSource, sha256 } from '$lib/sources';
import { downloadSources } from '../../../scripts/figures/download.mjs';

// A local stand-in for Eurostat's statistics API, answering with the recorded sample (test values).
const sample = fs.readFileSync(
	new URL('../../fixtures/sources/eurostat/eurostat-rd-personnel.json', import.meta.url)
);
const server = http.createServer((request, response) => {
	if (request.url?.startsWith('/data/rd_p_persreg?format=JSON'))
		response.writeHead(200, { 'content-type': 'application/json' }).end(sample);
	else response.writeHead(404).end();
});
let base = '';
beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('data:update downloading Eurostat', () => {
	it('saves the answer under a name that --from finds again, and reads it', async () => {
		const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'eurostat-cache-'));
		const query = EUROSTAT_RD_PERSONNEL.downloadUrl!.split('/data/')[1];
		const source = { ...EUROSTAT_RD_PERSONNEL, downloadUrl: `${base}/data/${query}` };
		const lib = {
			SOURCE_DEFINITIONS: [source],
			fetchSource: (url: string) => fetchSource(url, { retries: 0 }),
			sha256
		};
		const { entries, failures } = await downloadSources(lib, cache, undefined);
		expect(failures).toEqual([]);
		expect(entries[0]).toMatchObject({ file: 'eurostat-rd-personnel.json', license: 'CC-BY-4.0' });
		expect(EUROSTAT_RD_PERSONNEL.fileName.test(entries[0].file as string)).toBe(true);
		const saved = new Uint8Array(fs.readFileSync(path.join(cache, 'eurostat-rd-personnel.json')));
		expect(readSource(EUROSTAT_RD_PERSONNEL, saved).formatProblems).toEqual([]);
	});
});
