#!/usr/bin/env node
// Build data/geo/communes.json, the search box's list of communes, from
// @etalab/decoupage-administratif (INSEE Code officiel géographique).
//
//   node scripts/build-communes.mjs        (npm run data:communes)
//
// Keeps only what the search needs: the name of every current commune (type
// 'commune-actuelle', no communes déléguées or arrondissements municipaux), grouped by
// département code and sorted, plus the name and région of every département and the name of
// every région, so that a commune outside the atlas can say where it is. The package's
// communes.json is 8.6 MB; this file is about 0.45 MB, 0.18 MB gzipped, loaded only when the
// search box is first used.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'data', 'geo', 'communes.json');
const PKG = '@etalab/decoupage-administratif';

const require = createRequire(import.meta.url);
const version = require(`${PKG}/package.json`).version;
const communes = require(`${PKG}/data/communes.json`);
const departements = require(`${PKG}/data/departements.json`);
const regions = require(`${PKG}/data/regions.json`);

const byDepartement = new Map();
for (const commune of communes) {
	if (commune.type !== 'commune-actuelle') continue;
	const names = byDepartement.get(commune.departement) ?? new Set();
	names.add(commune.nom);
	byDepartement.set(commune.departement, names);
}
const collator = new Intl.Collator('fr');
const sortedEntries = (entries) => entries.sort(([a], [b]) => collator.compare(a, b));

const output = {
	source: `${PKG} ${version} (INSEE, Code officiel géographique; Licence Ouverte / Etalab 2.0)`,
	departements: Object.fromEntries(
		sortedEntries(departements.map((d) => [d.code, [d.nom, d.region]]))
	),
	regions: Object.fromEntries(sortedEntries(regions.map((r) => [r.code, r.nom]))),
	// One string per département, names split by '|' (no commune name contains one).
	communes: Object.fromEntries(
		sortedEntries([...byDepartement].map(([code, names]) => [code, [...names]])).map(
			([code, names]) => [code, names.sort(collator.compare).join('|')]
		)
	)
};
for (const names of byDepartement.values())
	for (const name of names)
		if (name.includes('|')) throw new Error(`A commune name has a '|': ${name}`);

const text = `${JSON.stringify(output)}\n`;
fs.writeFileSync(OUT, text);
const count = [...byDepartement.values()].reduce((n, names) => n + names.size, 0);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
	`${path.relative(ROOT, OUT)}: ${count} communes in ${byDepartement.size} départements, ` +
		`${kib(Buffer.byteLength(text))} raw, ${kib(zlib.gzipSync(text, { level: 9 }).length)} gzip`
);
