#!/usr/bin/env node
// Copy into data/sources/ the parts of the research reference folder that the data scripts read,
// so that `npm run data:build` works on a fresh clone with no sibling folder.
//
//   node scripts/freeze-reference.mjs <reference-dir>
//
// Lines are copied byte for byte (each record of these files is one line): the header, then the
// rows of figures.csv and indicators.csv whose indicator the atlas declares (data/datapackage.json)
// or lists in EXTRA_INDICATORS, and the rows of sources.csv those figures cite. The official
// extracts are copied whole. Run it again when the reference folder changes.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const refDir = process.argv[2];
if (!refDir) {
	console.error('usage: node scripts/freeze-reference.mjs <reference-dir>');
	process.exit(2);
}
const OUT = path.join(ROOT, 'data', 'sources');
/** Indicators read from the reference that are not (yet) in the data package. */
const EXTRA_INDICATORS = ['land_area_km2'];
/** Their rows are kept for the atlas's geography only: the 24 départements, régions, France. */
const ATLAS_DEPARTEMENTS = new Set(
	'01 03 07 15 26 38 42 43 63 69 73 74 16 17 19 23 24 33 40 47 64 79 86 87'.split(' ')
);
const OFFICIAL = ['urssaf-dep-grand-secteur-tranche-GS1-24dep.csv'];

const datapackage = JSON.parse(
	fs.readFileSync(path.join(ROOT, 'data', 'datapackage.json'), 'utf8')
);
const wanted = new Set([...datapackage.indicators.map((i) => i.id), ...EXTRA_INDICATORS]);

function lines(file) {
	const text = fs.readFileSync(path.join(refDir, file), 'utf8');
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const [header, ...rows] = text.split(eol).filter((l) => l !== '');
	return { header, rows, eol };
}
/** The first cells of a line, enough to read a leading unquoted id. */
const cell = (line, index) => line.split(',')[index];

const figures = lines('figures.csv');
const inAtlas = (l) => cell(l, 0) !== 'departement' || ATLAS_DEPARTEMENTS.has(cell(l, 1));
const keptFigures = figures.rows.filter(
	(l) => wanted.has(cell(l, 3)) && (!EXTRA_INDICATORS.includes(cell(l, 3)) || inAtlas(l))
);
const cited = new Set(
	keptFigures.flatMap((l) => l.slice(l.lastIndexOf(',') + 1).split(/\s+/)).filter(Boolean)
);
const sources = lines('sources.csv');
const keptSources = sources.rows.filter((l) => cited.has(cell(l, 0)));
const indicators = lines('indicators.csv');
const keptIndicators = indicators.rows.filter((l) => wanted.has(cell(l, 0)));

fs.mkdirSync(path.join(OUT, 'reference'), { recursive: true });
fs.mkdirSync(path.join(OUT, 'official'), { recursive: true });
const write = (file, { header, eol }, rows) =>
	fs.writeFileSync(path.join(OUT, 'reference', file), [header, ...rows].join(eol) + eol);
write('figures.csv', figures, keptFigures);
write('sources.csv', sources, keptSources);
write('indicators.csv', indicators, keptIndicators);
for (const file of OFFICIAL)
	fs.copyFileSync(path.join(refDir, 'official-extracts', file), path.join(OUT, 'official', file));

const missing = [...cited].filter((id) => !keptSources.some((l) => cell(l, 0) === id));
if (missing.length) {
	console.error(`sources.csv has no row for ${missing.join(', ')}`);
	process.exitCode = 1;
}
console.log(
	`data/sources/reference: ${keptFigures.length} of ${figures.rows.length} figures, ${keptSources.length} of ${sources.rows.length} sources, ${keptIndicators.length} of ${indicators.rows.length} indicator rows; data/sources/official: ${OFFICIAL.length} file(s)`
);
