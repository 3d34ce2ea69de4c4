// Turns the selected reference figures and the rows read from official files into the text of
// data/*.csv (but population.csv), datapackage.json and SOURCES.md. One writer for
// `npm run data:build` (scripts/build-figures.mjs) and `npm run data:update`
// (scripts/data-update.mjs): nothing is written to disk here.
//
// Rule: reference values are copied from figures.csv exactly as written (same digits); official
// rows come as read by $lib/ingest. Nothing is rounded or filled in. A reference row that is not
// selected is listed as excluded. Deterministic: no dates, no locale-dependent sorting.

import { checkPopulation, dataCsvFiles } from './dataCsv.mjs';
import { buildDatapackage, checkDeclared } from './datapackage.mjs';
import { selectFigures } from './figureSelection.mjs';
import { checkCoverage, rowsByIndicatorOf } from './indicatorCoverage.mjs';
import { sourcesMd } from './sourcesMd.mjs';

/**
 * @param {{ figures: Record<string, string>[], refSources: Record<string, string>[],
 *   official?: Record<string, string>[], populationText?: string }} input
 * @returns {{ files: Record<string, string>, log: string[], errors: string[] }}
 */
export function buildDataFiles({ figures, refSources, official = [], populationText }) {
	const log = [];
	const errors = [];
	const fail = (msg) => errors.push(msg);

	const { kept, excluded, duplicates, crossCheck, refSourceById } = selectFigures(
		{ figures, refSources, official },
		fail
	);
	log.push(crossCheck);
	const rowsByIndicator = rowsByIndicatorOf(kept);
	checkCoverage(rowsByIndicator, fail);

	const { files, fileStats, log: csvLog } = dataCsvFiles(kept);
	log.push(...csvLog, checkPopulation(populationText, fail));

	const pkg = buildDatapackage(rowsByIndicator);
	const { datapackage, resources, describedSources } = pkg;
	files['datapackage.json'] = JSON.stringify(datapackage, null, '\t') + '\n';
	log.push(
		`data/datapackage.json: ${resources.length} resources, ${datapackage.indicators.length} indicators, ${describedSources.length} sources`
	);
	checkDeclared(pkg, fileStats, fail);

	for (const d of duplicates)
		log.push(
			`duplicate ${d.key}: kept ${d.kept.source} (${d.kept.value}), dropped ${d.dropped.source} (${d.dropped.value})`
		);
	for (const e of excluded)
		log.push(
			`excluded: ${e.r.indicator} ${e.r.geo_level}/${e.r.geo_code} ${e.r.year} = ${e.r.value} [${e.r.source_id}]: ${e.reason}`
		);

	files['SOURCES.md'] = sourcesMd({ ...pkg, rowsByIndicator, excluded, refSourceById });
	log.push(
		`data/SOURCES.md written; ${excluded.length} reference rows excluded, ${duplicates.length} duplicates resolved`
	);
	return { files, log, errors };
}
