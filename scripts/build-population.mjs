#!/usr/bin/env node
// Build data/population.csv from @etalab/decoupage-administratif (INSEE populations légales).
//
//   node scripts/build-population.mjs [reference-dir]   (default: data/sources/reference,
//                                                        the frozen copy in the repository)
//
// population = sum of the `population` field of communes.json over type === 'commune-actuelle'
// (the arrondissements municipaux of Paris, Lyon and Marseille are separate entries and are
// not counted twice). Rows: the 24 départements of AURA (84) and Nouvelle-Aquitaine (75), the
// 13 metropolitan régions, and France (metropolitan France + the 5 DROM; the collectivités
// d'outre-mer, zone 'com', are not part of it). Year 2023: legal populations in force on
// 1 January 2026 (package millésime 2026) refer to 2023 — an inference, see SOURCES.md.
//
// The sums are checked against the population rows of the reference figures.csv; any
// mismatch (or a missing reference row) makes the script exit non-zero.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REF_DIR = path.resolve(ROOT, process.argv[2] ?? 'data/sources/reference');
const OUT = path.join(ROOT, 'data', 'population.csv');
const PKG = '@etalab/decoupage-administratif';
const YEAR = '2023';
const SOURCE = 'insee-populations-legales';
const HEADER = ['geo_level', 'geo_code', 'indicator', 'year', 'value', 'source'];

const require = createRequire(import.meta.url);
const version = require(`${PKG}/package.json`).version;
const communes = require(`${PKG}/data/communes.json`);
const departements = require(`${PKG}/data/departements.json`);
const regions = require(`${PKG}/data/regions.json`);

const DEPS = ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'].concat([
	'16',
	'17',
	'19',
	'23',
	'24',
	'33',
	'40',
	'47',
	'64',
	'79',
	'86',
	'87'
]);
const METRO_REGIONS = regions
	.filter((r) => r.zone === 'metro')
	.map((r) => r.code)
	.sort();
const FRANCE_REGIONS = new Set(
	regions.filter((r) => r.zone === 'metro' || r.zone === 'drom').map((r) => r.code)
);

let ok = true;
function fail(msg) {
	console.error(`ERROR: ${msg}`);
	ok = false;
}

// Sanity: every one of our départements exists and sits in region 84 or 75
for (const d of DEPS) {
	const dep = departements.find((x) => x.code === d);
	if (!dep) fail(`département ${d} not in ${PKG}`);
	else if (!['84', '75'].includes(dep.region)) fail(`département ${d} is in région ${dep.region}`);
}
if (METRO_REGIONS.length !== 13)
	fail(`expected 13 metropolitan régions, got ${METRO_REGIONS.length}`);

// Sum communes (integers; exact in JS up to 2^53)
const byDep = new Map();
const byReg = new Map();
let france = 0;
let withCom = 0;
const noPop = [];
for (const c of communes) {
	if (c.type !== 'commune-actuelle') continue;
	if (typeof c.population !== 'number') {
		noPop.push(c.code);
		continue;
	}
	if (!Number.isInteger(c.population) || c.population < 0)
		fail(`commune ${c.code}: population ${c.population}`);
	byDep.set(c.departement, (byDep.get(c.departement) ?? 0) + c.population);
	byReg.set(c.region, (byReg.get(c.region) ?? 0) + c.population);
	withCom += c.population;
	if (FRANCE_REGIONS.has(c.region)) france += c.population;
}

const rows = [
	...DEPS.slice()
		.sort()
		.map((code) => ({ geo_level: 'departement', geo_code: code, value: byDep.get(code) })),
	...METRO_REGIONS.map((code) => ({ geo_level: 'region', geo_code: code, value: byReg.get(code) })),
	{ geo_level: 'pays', geo_code: 'FR', value: france }
].map((r) => ({ ...r, indicator: 'population', year: YEAR, source: SOURCE }));

for (const r of rows)
	if (!Number.isInteger(r.value) || r.value <= 0)
		fail(`${r.geo_level} ${r.geo_code}: no population`);

// Check against the reference figures.csv
const refRows = Papa.parse(
	fs.readFileSync(path.join(REF_DIR, 'figures.csv'), 'utf8').replace(/^\ufeff/, ''),
	{ header: true, skipEmptyLines: true }
).data;
const ref = new Map();
for (const f of refRows) {
	if (f.indicator !== 'population') continue;
	ref.set(`${f.geo_level}|${f.geo_code}`, { year: f.year, value: f.value });
}
let checked = 0;
for (const r of rows) {
	const x = ref.get(`${r.geo_level}|${r.geo_code}`);
	if (!x) {
		if (r.geo_level !== 'pays')
			fail(`no reference population row for ${r.geo_level} ${r.geo_code}`);
		continue;
	}
	checked++;
	if (x.value !== String(r.value) || x.year !== r.year)
		fail(
			`${r.geo_level} ${r.geo_code}: computed ${r.value} (${r.year}) ≠ reference ${x.value} (${x.year})`
		);
}

const text =
	[HEADER.join(','), ...rows.map((r) => HEADER.map((h) => r[h]).join(','))].join('\n') + '\n';
if (ok) {
	fs.mkdirSync(path.dirname(OUT), { recursive: true });
	fs.writeFileSync(OUT, text);
}

console.log(`${PKG} version ${version}`);
console.log(
	`data/population.csv${ok ? '' : ' NOT written'}: ${rows.length} rows (${DEPS.length} départements, ${METRO_REGIONS.length} régions, 1 pays), year ${YEAR}`
);
console.log(
	`France (metro + DROM) = ${france}; including the COM it would be ${withCom} (not written); communes without population: ${noPop.join(' ')}`
);
console.log(
	`check against reference figures.csv: ${checked} of ${rows.length} rows compared (France has no reference row): ${ok ? 'OK, all equal' : 'MISMATCH'}`
);
if (!ok) process.exit(1);
