#!/usr/bin/env node
// Rebuild data/ from newer official files, showing what changes first.
//
//   npm run data:update -- [--from <folder>] [--only <source id>…] [--dry-run] [--accept] [--data <folder>]
//
// --data: the data folder to update (default data/; a copy of it for a trial run or a test).
// A source without a file in the --from folder is not updated (its figures stay as committed),
// unless it is named with --only, which then refuses.
// Without --from, downloads each source's export into .cache/sources/ (src/lib/sources/fetchSource:
// timeout, retries, truncated bodies; a failure names the URL and leaves data/ as it was).
// Reads each source's file in <folder> (src/lib/sources: file name, mapping; src/lib/ingest: the
// reading), the other sources' files from data/sources/official/, and the frozen reference;
// builds the data files with the same writer as data:build (scripts/figures/dataFiles.mjs);
// prints the diff against the committed data. Refuses (exit 1, nothing written) when the new
// figures look like a format change, unless --accept. When it writes, it copies the files it
// read into data/sources/official/, so that data:build gives the same figures, and records each
// file (URL, retrieval time, HTTP date and ETag, bytes, SHA-256, licence) in data/sources/manifest.json.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCsv } from './figures/csv.mjs';
import { buildDataFiles } from './figures/dataFiles.mjs';
import { GENERATED_FILES } from './figures/catalog.mjs';
import { downloadSources, localEntry, writeManifest } from './figures/download.mjs';
import { loadSourcesLib, readOfficialFolder } from './figures/officialRows.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
	options: {
		from: { type: 'string' },
		only: { type: 'string', multiple: true },
		'dry-run': { type: 'boolean', default: false },
		accept: { type: 'boolean', default: false },
		data: { type: 'string' }
	}
});
const DATA = args.data ? path.resolve(process.cwd(), args.data) : path.join(ROOT, 'data');
const OFFICIAL = path.join(DATA, 'sources', 'official');
const REFERENCE = path.join(DATA, 'sources', 'reference');
const only = args.only?.flatMap((o) => o.split(','));
const read = (file) => fs.readFileSync(file, 'utf8');
const lib = await loadSourcesLib();
const unknown = (only ?? []).filter((id) => !lib.SOURCE_DEFINITIONS.some((s) => s.id === id));
if (unknown.length) {
	console.error(
		`unknown source ${unknown.join(', ')}; sources: ${lib.SOURCE_DEFINITIONS.map((s) => s.id).join(', ')}`
	);
	process.exit(2);
}
// Without --from, each source's export is downloaded first (network), into a cache outside git.
let from = args.from && path.resolve(process.cwd(), args.from);
let downloaded = [];
if (!from) {
	from = path.join(ROOT, '.cache', 'sources');
	const { entries, failures } = await downloadSources(lib, from, only);
	for (const failure of failures) console.error(`ERROR: ${failure}`);
	if (failures.length) {
		console.error('data/ left as it was.');
		process.exit(1);
	}
	downloaded = entries;
}
const found = await readOfficialFolder(from, { only });
const fresh = { ...found, readings: found.readings.filter((r) => !r.missing) };
const updated = new Set(fresh.readings.map((r) => r.source));
const refusals = [];
for (const r of found.readings.filter((r) => r.missing)) {
	if (only) refusals.push(`${r.source}: ${r.missing}`);
	else console.log(`${r.source}: ${r.missing}; not updated (its figures stay as committed)`);
}
const committed = await readOfficialFolder(OFFICIAL, {
	only: lib.SOURCE_DEFINITIONS.map((s) => s.id).filter((id) => !updated.has(id))
});
for (const r of fresh.readings) {
	console.log(
		`${r.source}: ${r.file ?? 'no file'} — ${r.rows} rows read, ${r.accepted} accepted, ${r.rejected} rejected, ${r.noData} cells without data`
	);
	for (const note of r.notes ?? []) console.log(`  ${note}`);
	refusals.push(...r.formatProblems.map((p) => `${r.source}: ${p}`));
}
const populationPath = path.join(DATA, 'population.csv');
const built = buildDataFiles({
	figures: parseCsv(read(path.join(REFERENCE, 'figures.csv'))),
	refSources: parseCsv(read(path.join(REFERENCE, 'sources.csv'))),
	official: [...fresh.rows, ...committed.rows],
	populationText: fs.existsSync(populationPath) ? read(populationPath) : undefined
});
const dataRows = (name, text) => (text === undefined ? [] : parseCsv(text));
const before = GENERATED_FILES.flatMap((f) => {
	const file = path.join(DATA, `${f}.csv`);
	return dataRows(f, fs.existsSync(file) ? read(file) : undefined);
});
const after = GENERATED_FILES.flatMap((f) => dataRows(f, built.files[`${f}.csv`]));
const diff = lib.diffFigures(before, after);
for (const line of lib.formatDiff({ ...diff, refusals: [...refusals, ...diff.refusals] }))
	console.log(line);
refusals.push(...diff.refusals);

if (built.errors.length) {
	for (const e of built.errors) console.error(`ERROR: ${e}`);
	console.error('data/ left as it was.');
	process.exit(1);
}
if (refusals.length && !args.accept) {
	console.error(
		`Refused: ${refusals.length} sign(s) of a format change (see above). data/ left as it was; --accept writes anyway.`
	);
	process.exit(1);
}
if (args['dry-run']) {
	console.log('dry run: nothing written');
	process.exit(0);
}
for (const [name, text] of Object.entries(built.files))
	fs.writeFileSync(path.join(DATA, name), text);
for (const r of from === OFFICIAL ? [] : fresh.readings) {
	const source = lib.SOURCE_DEFINITIONS.find((s) => s.id === r.source);
	for (const old of fs.readdirSync(OFFICIAL).filter((n) => source.fileName.test(n)))
		fs.rmSync(path.join(OFFICIAL, old));
	fs.copyFileSync(path.join(from, r.file), path.join(OFFICIAL, r.file));
}
const manifest = [...downloaded];
for (const r of from === OFFICIAL ? [] : fresh.readings) {
	if (!manifest.some((e) => e.source === r.source)) {
		const source = lib.SOURCE_DEFINITIONS.find((s) => s.id === r.source);
		manifest.push(await localEntry(lib, source, from, r.file));
	}
}
writeManifest(path.join(DATA, 'sources', 'manifest.json'), manifest);
console.log(
	`written: ${Object.keys(built.files)
		.map((n) => `data/${n}`)
		.join(', ')}; ${fresh.readings.map((r) => r.file).join(', ')} copied to data/sources/official/`
);
