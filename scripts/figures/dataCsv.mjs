// The text of data/<file>.csv for each generated file, rows in a fixed order, and the check of
// data/population.csv (written by scripts/build-population.mjs).

import { csvField, parseCsv } from './csv.mjs';
import { ALLOWED_CODES, GENERATED_FILES, GEO_LEVELS, HEADER, INDICATORS } from './catalog.mjs';

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const levelRank = (l) => GEO_LEVELS.indexOf(l);
function rowCompare(a, b) {
	return (
		cmp(a.indicator, b.indicator) ||
		levelRank(a.geo_level) - levelRank(b.geo_level) ||
		cmp(a.geo_code, b.geo_code) ||
		Number(a.year) - Number(b.year)
	);
}

/**
 * @param {Map<string, Record<string, string>>} kept
 * @returns {{ files: Record<string, string>, fileStats: Record<string, { rows: object[],
 *   indicators: string[] }>, log: string[] }}
 */
export function dataCsvFiles(kept) {
	const files = {};
	const fileStats = {};
	const log = [];
	for (const file of GENERATED_FILES) {
		const ids = new Set(INDICATORS.filter((i) => i.file === file).map((i) => i.id));
		const rows = [...kept.values()].filter((r) => ids.has(r.indicator)).sort(rowCompare);
		const text =
			[HEADER, ...rows.map((r) => HEADER.map((h) => r[h]))]
				.map((cells) => cells.map(csvField).join(','))
				.join('\n') + '\n';
		files[`${file}.csv`] = text;
		fileStats[file] = { rows, indicators: [...new Set(rows.map((r) => r.indicator))] };
		log.push(
			`data/${file}.csv: ${rows.length} rows, ${fileStats[file].indicators.length} indicators (${fileStats[file].indicators.join(', ')})`
		);
	}
	return { files, fileStats, log };
}

/** Checks population.csv, if present, against its declared metadata; returns the log line. */
export function checkPopulation(populationText, fail) {
	if (populationText === undefined)
		return 'warning: data/population.csv not found; run npm run data:population';
	const pop = parseCsv(populationText);
	const bad = pop.filter(
		(r) =>
			r.indicator !== 'population' ||
			r.source !== 'insee-populations-legales' ||
			r.year !== '2023' ||
			!ALLOWED_CODES[r.geo_level]?.includes(r.geo_code)
	);
	if (bad.length)
		fail(`data/population.csv: ${bad.length} rows do not match the declared metadata`);
	return `data/population.csv (from build-population.mjs): ${pop.length} rows checked`;
}
