import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256 } from '$lib/sources';
import { downloadSources, writeManifest } from '../../../scripts/figures/download.mjs';
import { downloadLib, localServer } from './localServer';

const TABLE = 'CODGEO;SUPERF\n01053;23.86\n';
const archive = zipSync({
	'meta_base_cc_comparateur.csv': new TextEncoder().encode('VAR;LIB\n'),
	'base_cc_comparateur.csv': new TextEncoder().encode(TABLE)
});
const server = localServer((request, response) => {
	if (request.url === '/export.csv') response.writeHead(200, { etag: '"e1"' }).end('a;b\n1;2\n');
	else if (request.url === '/base.zip') response.writeHead(200).end(archive);
	else response.writeHead(404).end();
});

describe('data:update downloads', () => {
	it('keeps each export in the cache and describes it for the manifest; a failure names its URL', async () => {
		const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));
		const lib = downloadLib([
			{ id: 'good', downloadUrl: `${server.base}/export.csv`, license: 'ODbL-1.0' },
			{ id: 'gone', downloadUrl: `${server.base}/missing.csv`, license: 'ODbL-1.0' }
		]);
		const { entries, failures } = await downloadSources(lib, cache, undefined);
		expect(fs.readFileSync(path.join(cache, 'good.csv'), 'utf8')).toBe('a;b\n1;2\n');
		expect(entries).toEqual([
			expect.objectContaining({
				source: 'good',
				url: `${server.base}/export.csv`,
				etag: '"e1"',
				bytes: 8,
				sha256: await sha256(new TextEncoder().encode('a;b\n1;2\n')),
				license: 'ODbL-1.0'
			})
		]);
		expect(failures).toEqual([`gone: ${server.base}/missing.csv: HTTP 404 Not Found`]);
		const manifest = path.join(cache, 'manifest.json');
		writeManifest(manifest, [{ source: 'other', bytes: 1 }]);
		writeManifest(manifest, entries);
		expect(
			JSON.parse(fs.readFileSync(manifest, 'utf8')).map((e: { source: string }) => e.source)
		).toEqual(['good', 'other']);
	});

	it('takes the table out of a ZIP download (INSEE), and says so when the archive lacks it', async () => {
		const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));
		const lib = downloadLib([
			{
				id: 'insee',
				downloadUrl: `${server.base}/base.zip`,
				archiveEntry: 'base_cc_comparateur.csv'
			},
			{ id: 'other', downloadUrl: `${server.base}/base.zip`, archiveEntry: 'absent.csv' },
			{
				id: 'plain',
				downloadUrl: `${server.base}/export.csv`,
				archiveEntry: 'base_cc_comparateur.csv'
			}
		]);
		const { entries, failures } = await downloadSources(lib, cache, undefined);
		expect(fs.readFileSync(path.join(cache, 'insee.csv'), 'utf8')).toBe(TABLE);
		expect(entries.map((e) => e.source)).toEqual(['insee']);
		expect(failures).toEqual([
			`other: ${server.base}/base.zip: no file absent.csv in the archive`,
			expect.stringMatching(new RegExp(`^plain: ${server.base}/export.csv: not a ZIP archive`))
		]);
	});
});
