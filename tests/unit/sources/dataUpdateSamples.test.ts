import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '$lib/data/loadAtlas';
import { getObservation } from '$lib/data/model';

const root = path.resolve(import.meta.dirname, '../../..');
const samples = (publisher: string) => path.join(root, 'tests/fixtures/sources', publisher);
const hashOf = (dir: string) =>
	fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name))
		.sort()
		.map(
			(f) =>
				`${path.relative(dir, f)} ${createHash('sha256').update(fs.readFileSync(f)).digest('hex')}`
		);

/** A copy of data/ that data:update may write into. */
function dataCopy(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-samples-'));
	fs.cpSync(path.join(root, 'data'), dir, { recursive: true });
	return dir;
}
const update = (...args: string[]) =>
	spawnSync(process.execPath, ['scripts/data-update.mjs', ...args], {
		cwd: root,
		encoding: 'utf8'
	});
/** The app's loader, reading the data folder `dir` as the /data route serves data/. */
const loadFrom = (dir: string) =>
	loadAtlas(async (input) => {
		const file = path.join(dir, String(input).replace(/^\/data\//, ''));
		return fs.existsSync(file)
			? new Response(fs.readFileSync(file, 'utf8'))
			: new Response('', { status: 404 });
	});

describe('data:update --from the recorded samples, into a copy of data/, then the app loads it', () => {
	const repositoryData = hashOf(path.join(root, 'data'));

	it('DARES jobseekers replace the third-party copy for the same indicator and years', async () => {
		const dir = dataCopy();
		const run = update('--data', dir, '--from', samples('dares'), '--accept');
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('jobseekers_abc 2024: 24 changed');
		expect(run.stdout).toContain('urssaf-commune-ape: no file matching');
		const model = await loadFrom(dir);
		expect(model.issues).toEqual([]);
		// Ain in the sample: 1010 jobseekers (Total × Total of its commune) in 2024-T4.
		expect(getObservation(model, 'jobseekers_abc', 'departement', '01', 2024)).toMatchObject({
			value: 1010,
			source: 'dares-defm-communales'
		});
		// Years the sample does not have keep the committed figure and its source.
		expect(getObservation(model, 'jobseekers_abc', 'departement', '01', 2015)?.source).toBe(
			'france-travail-rouages'
		);
		expect(model.sourceById.get('dares-defm-communales')?.licenseName).toBe(
			'Licence Ouverte / Etalab 2.0'
		);
		expect(fs.readdirSync(path.join(dir, 'sources/official'))).toContain(
			'dares_defm_communales-brutes.csv'
		);
		expect(fs.readFileSync(path.join(dir, 'sources/manifest.json'), 'utf8')).toContain(
			'"source": "dares-defm-communales"'
		);
	}, 90_000);

	it('URSSAF files add establishments by APE group for new years and replace the year-end jobs', async () => {
		const dir = dataCopy();
		const dry = update('--data', dir, '--from', samples('urssaf'), '--dry-run');
		expect(dry.status).toBe(1);
		expect(dry.stdout).toContain('establishments_2562A_barturning 2024: 26 added');
		expect(dry.stdout).toContain('jobs_industry 2025: 37 changed');
		expect(dry.stdout).toContain('jobs_total_private_dec31 2024: 2 added, 24 changed');
		expect(dry.stdout).toContain('looks like a format change: jobs_industry (departement)');
		expect(update('--data', dir, '--from', samples('urssaf'), '--accept').status).toBe(0);
		const model = await loadFrom(dir);
		expect(model.issues).toEqual([]);
		// Haute-Savoie: 12 + 1 bar-turning establishments in 2024; AURA: 1 + … + 12, one more each.
		expect(
			getObservation(model, 'establishments_2562A_barturning', 'departement', '74', 2024)?.value
		).toBe(13);
		expect(
			getObservation(model, 'establishments_2562A_barturning', 'region', '84', 2024)?.value
		).toBe(90);
		// 2021 keeps its figures from the copy: the sample has no 2021 cell.
		expect(
			getObservation(model, 'establishments_2562A_barturning', 'departement', '74', 2021)?.source
		).toBe('urssaf-etab-commune-ape-2021');
		expect(getObservation(model, 'jobs_industry', 'departement', '01', 2025)).toMatchObject({
			value: 10004.5,
			source: 'urssaf-dep-grand-secteur-trimestriel'
		});
		expect(getObservation(model, 'jobs_CH_metal', 'region', '84', 2025)).toMatchObject({
			value: 20010,
			source: 'urssaf-region-na38'
		});
	}, 90_000);

	it('INSEE land area: the same indicator and year, now from the official file', async () => {
		const dir = dataCopy();
		expect(update('--data', dir, '--from', samples('insee'), '--accept').status).toBe(0);
		const model = await loadFrom(dir);
		expect(getObservation(model, 'land_area_km2', 'departement', '33', 2024)).toMatchObject({
			value: 129.75,
			source: 'insee-comparateur-superficie'
		});
	}, 90_000);

	it('--only a source without a file in the folder refuses and writes nothing', () => {
		const dir = dataCopy();
		const before = hashOf(dir);
		const run = update(
			'--data',
			dir,
			'--from',
			samples('insee'),
			'--only',
			'dares-defm-communales'
		);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain(
			'looks like a format change: dares-defm-communales: no file matching'
		);
		expect(hashOf(dir)).toEqual(before);
	}, 90_000);

	it("leaves the repository's data/ as it was", () => {
		expect(hashOf(path.join(root, 'data'))).toEqual(repositoryData);
	});
});
