import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '$lib/data/loadAtlas';

const root = path.resolve(import.meta.dirname, '../../..');
const samples = path.join(root, 'tests/fixtures/sources/eurostat');
const hashes = (dir: string) =>
	fs
		.readdirSync(dir)
		.filter((n) => /\.(csv|json|md)$/.test(n))
		.map(
			(n) =>
				`${n} ${createHash('sha256')
					.update(fs.readFileSync(path.join(dir, n)))
					.digest('hex')}`
		);

/** Serves a data folder as the app's /data route does. */
const fetchFrom = (dir: string) =>
	(async (url: string | URL | Request) => {
		const file = path.join(dir, String(url).replace(/^\/data\//, ''));
		return fs.existsSync(file)
			? new Response(fs.readFileSync(file, 'utf8'))
			: new Response('', { status: 404 });
	}) as typeof fetch;

describe('npm run data:update --from the recorded Eurostat samples, into a copy of data/', () => {
	const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eurostat-update-')), 'data');
	fs.cpSync(path.join(root, 'data'), copy, { recursive: true });
	const committed = hashes(path.join(root, 'data'));
	const run = spawnSync(
		process.execPath,
		[
			'scripts/data-update.mjs',
			'--from',
			samples,
			'--only',
			'eurostat-rd-personnel,eurostat-rd-expenditure',
			'--data',
			copy
		],
		{ cwd: root, encoding: 'utf8' }
	);

	it('adds the new indicators (nothing refused) and writes the copy, not data/', () => {
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('researchers_fte 2021: 14 added');
		expect(run.stdout).toContain('rd_personnel_fte 2020: 14 added');
		expect(run.stdout).not.toContain('looks like a format change');
		expect(hashes(path.join(root, 'data'))).toEqual(committed);
		expect(fs.readdirSync(path.join(copy, 'sources/official'))).toContain(
			'eurostat-rd-personnel.json'
		);
	}, 60_000);

	it('gives data files the app loads without an issue, with researchers for région 84', async () => {
		const model = await loadAtlas(fetchFrom(copy));
		expect(model.issues).toEqual([]);
		expect(model.indicatorById.get('researchers_fte')?.label.fr).toBe('Chercheurs (ETP)');
		// FRK1 + FRK2 of the sample (test values, not Eurostat's).
		expect(model.index.get('researchers_fte|region|84|2021')?.value).toBe(6505);
		expect(model.index.get('rd_expenditure_mio_eur|region|84|2020')?.value).toBe(1300.5);
		// The 2009 figure of the frozen extract stays beside Eurostat's years.
		expect(model.years.get('rd_personnel_fte|region')).toEqual([2009, 2020, 2021]);
	}, 60_000);

	it('refuses a source asked for by --only whose file is not in the folder', () => {
		const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'eurostat-empty-'));
		const refused = spawnSync(
			process.execPath,
			[
				'scripts/data-update.mjs',
				'--from',
				empty,
				'--only',
				'eurostat-rd-personnel',
				'--data',
				copy
			],
			{ cwd: root, encoding: 'utf8' }
		);
		expect(refused.status).toBe(1);
		expect(refused.stdout).toContain(
			'looks like a format change: eurostat-rd-personnel: no file matching'
		);
	}, 60_000);

	it('leaves the committed data package without indicators that have no figures yet', async () => {
		const model = await loadAtlas(fetchFrom(path.join(root, 'data')));
		expect(model.indicatorById.has('researchers_fte')).toBe(false);
		expect(model.sourceById.has('eurostat-rd-personnel')).toBe(false);
	});
});
