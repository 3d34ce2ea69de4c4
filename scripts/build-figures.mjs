#!/usr/bin/env node
// Build the sourced data files of data/ from what the repository holds: the frozen research
// reference (data/sources/reference/) and the official files (data/sources/official/).
//
//   node scripts/build-figures.mjs [reference-dir] [official-dir]
//
// Writes data/firms.csv, jobs.csv, researchers.csv, jobseekers.csv, territory.csv,
// datapackage.json and SOURCES.md (scripts/figures/dataFiles.mjs, the writer data:update uses
// too). data/population.csv is written by scripts/build-population.mjs; it is only checked here.
// Exits 1 when a département or région is missing for an indicator-year, a key is duplicated,
// or a row uses an undeclared indicator or source.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './figures/csv.mjs';
import { buildDataFiles } from './figures/dataFiles.mjs';
import { readOfficialFolder } from './figures/officialRows.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REF_DIR = path.resolve(ROOT, process.argv[2] ?? 'data/sources/reference');
const OFFICIAL_DIR = path.resolve(ROOT, process.argv[3] ?? 'data/sources/official');
const OUT_DIR = path.join(ROOT, 'data');

const read = (file) => fs.readFileSync(file, 'utf8');
const official = await readOfficialFolder(OFFICIAL_DIR);
// A source data:update has written from (data/sources/manifest.json) must have its file here.
const manifestPath = path.join(OUT_DIR, 'sources', 'manifest.json');
const written = new Set(
	fs.existsSync(manifestPath) ? JSON.parse(read(manifestPath)).map((e) => e.source) : []
);
for (const r of official.readings) {
	if (r.missing && written.has(r.source)) r.formatProblems.push(r.missing);
	console.log(
		`${r.source}: ${r.file ?? 'no file (not read yet: its figures come from the frozen extract)'}, ${r.rows} rows read, ${r.accepted} accepted, ${r.rejected} rejected`
	);
	for (const problem of r.formatProblems) console.error(`ERROR: ${r.source}: ${problem}`);
	if (r.formatProblems.length) process.exitCode = 1;
}
const populationPath = path.join(OUT_DIR, 'population.csv');
const { files, log, errors } = buildDataFiles({
	figures: parseCsv(read(path.join(REF_DIR, 'figures.csv'))),
	refSources: parseCsv(read(path.join(REF_DIR, 'sources.csv'))),
	official: official.rows,
	populationText: fs.existsSync(populationPath) ? read(populationPath) : undefined
});
for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(OUT_DIR, name), text);
for (const line of log) console.log(line);
for (const error of errors) console.error(`ERROR: ${error}`);
if (errors.length) process.exitCode = 1;
