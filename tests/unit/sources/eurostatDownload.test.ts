import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EUROSTAT_RD_PERSONNEL, readSource } from '$lib/sources';
import { downloadSources } from '../../../scripts/figures/download.mjs';
import { downloadLib, localServer } from './localServer';

// A local stand-in for Eurostat's statistics API, answering with the recorded sample (test values).
const sample = fs.readFileSync(
	new URL('../../fixtures/sources/eurostat/eurostat-rd-personnel.json', import.meta.url)
);
const server = localServer((request, response) => {
	if (request.url?.startsWith('/data/rd_p_persreg?format=JSON'))
		response.writeHead(200, { 'content-type': 'application/json' }).end(sample);
	else response.writeHead(404).end();
});

describe('data:update downloading Eurostat', () => {
	it('saves the answer under a name that --from finds again, and reads it', async () => {
		const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'eurostat-cache-'));
		const query = EUROSTAT_RD_PERSONNEL.downloadUrl!.split('/data/')[1];
		const source = { ...EUROSTAT_RD_PERSONNEL, downloadUrl: `${server.base}/data/${query}` };
		const lib = downloadLib([source]);
		const { entries, failures } = await downloadSources(lib, cache, undefined);
		expect(failures).toEqual([]);
		expect(entries[0]).toMatchObject({ file: 'eurostat-rd-personnel.json', license: 'CC-BY-4.0' });
		expect(EUROSTAT_RD_PERSONNEL.fileName.test(entries[0].file as string)).toBe(true);
		const saved = new Uint8Array(fs.readFileSync(path.join(cache, 'eurostat-rd-personnel.json')));
		expect(readSource(EUROSTAT_RD_PERSONNEL, saved).formatProblems).toEqual([]);
	});
});
