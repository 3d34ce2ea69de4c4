import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const officialFile = path.join(
	root,
	'data/sources/official/urssaf-dep-grand-secteur-tranche-GS1-24dep.csv'
);
const dataFiles = () =>
	fs
		.readdirSync(path.join(root, 'data'))
		.filter((n) => /\.(csv|json|md)$/.test(n))
		.map(
			(n) =>
				`${n} ${createHash('sha256')
					.update(fs.readFileSync(path.join(root, 'data', n)))
					.digest('hex')}`
		);

/** A --from folder holding the official file, changed by `edit`. */
function folderWith(edit: (text: string) => string): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-update-'));
	fs.writeFileSync(
		path.join(dir, path.basename(officialFile)),
		edit(fs.readFileSync(officialFile, 'utf8'))
	);
	return dir;
}
const update = (...args: string[]) =>
	spawnSync(process.execPath, ['scripts/data-update.mjs', ...args], {
		cwd: root,
		encoding: 'utf8'
	});

describe('npm run data:update', () => {
	it('with the committed file: nothing to change (dry run)', () => {
		const run = update(
			'--from',
			folderWith((t) => t),
			'--dry-run'
		);
		expect(run.stdout).toContain('no figure added, changed or removed');
		expect(run.status).toBe(0);
	}, 60_000);

	it('refuses a file without a département, exits 1 and leaves data/ as it was', () => {
		const before = dataFiles();
		const run = update(
			'--from',
			folderWith((t) =>
				t
					.split('\n')
					.filter((l) => !l.startsWith('Isère;'))
					.join('\n')
			)
		);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain(
			'looks like a format change: urssaf-dep-grand-secteur-tranche: establishments_sector_industry_dec31: no figure for département 38'
		);
		expect(run.stdout).toContain('establishments_sector_industry_dec31 2006: 2 removed');
		expect(run.stderr).toContain('data/ left as it was');
		expect(dataFiles()).toEqual(before);
	}, 60_000);

	it('refuses a file whose figures mostly double, printing the largest moves, unless --accept', () => {
		// Every figure cell (after the 8 descriptive columns) twice as large.
		const doubled = (t: string) =>
			t
				.split('\n')
				.map((line, i) =>
					i === 0 || line === ''
						? line
						: line
								.split(';')
								.map((cell, j) => (j < 8 || cell === '' ? cell : String(Number(cell) * 2)))
								.join(';')
				)
				.join('\n');
		const run = update('--from', folderWith(doubled), '--dry-run');
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('jobs_sector_industry_dec31 (departement):');
		expect(run.stdout).toContain('move by more than half');
		expect(update('--from', folderWith(doubled), '--dry-run', '--accept').status).toBe(0);
		expect(run.stdout).toMatch(/largest moves:\n {2}\S+ \S+ \S+ \d{4}: \d+ → \d+ \(\+100\.0 %\)/);
	}, 60_000);
});
