import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCheck } from '$lib/dataCli/runCheck';
import { runImport } from '$lib/dataCli/runImport';

const run = promisify(execFile);
const fixture = (name: string) => `tests/fixtures/import/${name}`;
const capture = () => {
	const out: string[] = [];
	const err: string[] = [];
	return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
};

describe('npm run data:check', { timeout: 120_000 }, () => {
	it('prints the JSON document and exits 0 for a usable file, 1 for a broken one (real script)', async () => {
		const ok = await run('node', ['scripts/data-check.mjs', fixture('tab-crlf.tsv'), '--json']);
		const doc = JSON.parse(ok.stdout);
		expect(Object.keys(doc)).toEqual(['rows', 'accepted', 'rejected', 'issues', 'values']);
		expect(doc.values).toContainEqual({
			geo_level: 'departement',
			geo_code: '03',
			indicator: 'value',
			year: 2020,
			value: 1234
		});
		const failed = await run('node', [
			'scripts/data-check.mjs',
			fixture('missing-column.csv'),
			'--value',
			'valeur'
		]).catch((e) => e);
		expect(failed.code).toBe(1);
		expect(failed.stdout).toContain('not usable');
	});

	it('locates each rejected row with its column and reason', async () => {
		const { io, out } = capture();
		expect(await runCheck([fixture('broken.csv'), '--json'], io)).toBe(0);
		const doc = JSON.parse(out[0]);
		expect(doc.rows).toBe(doc.accepted + doc.rejected);
		expect(doc.issues).toContainEqual({ row: 4, column: 'year', message: "'20x0' is not a year" });
	});

	it('lets the options override the guesses', async () => {
		const { io, out } = capture();
		const text = fixture('urssaf-stray-bom.csv');
		expect(
			await runCheck(
				[
					text,
					'--json',
					'--code',
					'Code région',
					'--level',
					'region',
					'--value',
					'Effectifs salariés (CVS)',
					'--indicator',
					'jobs'
				],
				io
			)
		).toBe(0);
		const doc = JSON.parse(out[0]);
		expect(doc.values).toContainEqual({
			geo_level: 'region',
			geo_code: '84',
			indicator: 'jobs',
			year: 2025,
			value: 2090544.5
		});
	});

	it('reads a file larger than its head as a stream, every row counted, the first 1000 issues located', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'cimes-check-')), 'big.csv');
		const commune = (i: number) => `74${String((i % 290) + 1).padStart(3, '0')}`;
		const good = Array.from({ length: 20_000 }, (_, i) => `${commune(i)};2020;${i % 10}`);
		const bad = Array.from({ length: 1500 }, () => '99001;2020;1');
		writeFileSync(file, `commune;annee;valeur\n${[...good, ...bad].join('\n')}\nSource : test\n`);
		const json = capture();
		expect(await runCheck([file, '--json', '--indicator', 'x'], json.io)).toBe(0);
		const doc = JSON.parse(json.out[0]);
		expect([doc.rows, doc.accepted, doc.rejected]).toEqual([21_500, 20_000, 1500]);
		expect(doc.issues).toHaveLength(1000);
		expect(doc.issues[0]).toMatchObject({ row: 20_002, column: 'commune' });
		expect(doc.moreIssues.count).toBe(500);
		expect(doc.values).toContainEqual(expect.objectContaining({ geo_code: '74', value: 90_000 }));
		const text = capture();
		await runCheck([file, '--indicator', 'x'], text.io);
		expect(text.out.join('\n')).toContain("and 500 more: '…' is not a commune code");
	});

	it('says why an empty or a binary file cannot be used', async () => {
		const { io, err } = capture();
		expect(await runCheck([fixture('empty.csv')], io)).toBe(1);
		expect(err.join()).toContain('the file is empty');
	});
});

describe('npm run data:import', () => {
	const dataCopy = () => {
		const dir = mkdtempSync(join(tmpdir(), 'cimes-import-'));
		cpSync('data/datapackage.json', join(dir, 'datapackage.json'));
		cpSync('data/SOURCES.md', join(dir, 'SOURCES.md'));
		cpSync('data/geo/france.topo.json', join(dir, 'geo', 'france.topo.json'), { recursive: true });
		return dir;
	};

	it('adds the figures, the indicator and its source, and refuses the same id without --replace', async () => {
		const dir = dataCopy();
		const args = [
			fixture('tab-crlf.tsv'),
			'--indicator',
			'members',
			'--label',
			'Adhérents',
			'--unit',
			'adhérents'
		];
		const first = capture();
		expect(await runImport(args, first.io, dir, new Date('2026-12-03'))).toBe(0);
		expect(first.out.join('\n')).toContain('added members: 2 figures (2020)');
		expect(readFileSync(join(dir, 'imported.csv'), 'utf8')).toBe(
			'geo_level,geo_code,indicator,year,value,source\ndepartement,01,members,2020,12,import-members\ndepartement,03,members,2020,1234,import-members\n'
		);
		const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
		expect(pkg.indicators.find((i: { id: string }) => i.id === 'members')).toMatchObject({
			resource: 'imported',
			label: { fr: 'Adhérents' }
		});
		expect(pkg.resources.map((r: { name: string }) => r.name)).toContain('imported');
		expect(readFileSync(join(dir, 'SOURCES.md'), 'utf8')).toContain('### `import-members`');
		const again = capture();
		expect(await runImport(args, again.io, dir)).toBe(1);
		expect(again.err.join()).toContain('already in data/datapackage.json; add --replace');
		expect(await runImport([...args, '--replace'], capture().io, dir)).toBe(0);
		expect(readFileSync(join(dir, 'imported.csv'), 'utf8').split('\n')).toHaveLength(4);
	});
});
