// datapackage.json (Frictionless): the described indicators, the sources their figures come from,
// and one resource per data file with its schema; then the check that every row written is
// declared there.

import { FILES, GENERATED_FILES, GEO_LEVELS, INDICATORS, SOURCES } from './catalog.mjs';
import { indicatorSources, vintage } from './indicatorCoverage.mjs';

/**
 * @param {Map<string, Record<string, string>[]>} rowsByIndicator
 * @returns {{ datapackage: object, resources: object[], described: object[],
 *   describedSources: object[], usedSources: Set<string> }}
 */
export function buildDatapackage(rowsByIndicator) {
	// Indicators declared ahead of their first download (`optional`) are described only once they
	// have figures; a source only when it feeds a described indicator's figures (an official
	// download not read yet does not).
	const described = INDICATORS.filter((i) => !i.optional || rowsByIndicator.has(i.id));
	const usedSources = new Set(described.flatMap((i) => indicatorSources(i, rowsByIndicator)));
	const describedSources = SOURCES.filter((s) => usedSources.has(s.id));

	const resources = FILES.map((file) => {
		const inds = described.filter((i) => i.file === file);
		const srcIds = SOURCES.map((s) => s.id).filter((id) =>
			inds.some((i) => indicatorSources(i, rowsByIndicator).includes(id))
		);
		return {
			name: file,
			path: `${file}.csv`,
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
			schema: {
				fields: [
					{
						name: 'geo_level',
						type: 'string',
						constraints: { required: true, enum: GEO_LEVELS }
					},
					{
						name: 'geo_code',
						type: 'string',
						constraints: { required: true, pattern: '^(\\d{2}|2[AB]|97\\d|FR)$' }
					},
					{
						name: 'indicator',
						type: 'string',
						constraints: { required: true, enum: inds.map((i) => i.id) }
					},
					{ name: 'year', type: 'year', constraints: { required: true } },
					{ name: 'value', type: 'number', constraints: { minimum: 0 } },
					{ name: 'source', type: 'string', constraints: { required: true, enum: srcIds } }
				],
				missingValues: [''],
				primaryKey: ['geo_level', 'geo_code', 'indicator', 'year']
			}
		};
	});

	const datapackage = {
		name: 'cimes-atlas',
		title: 'CIMES Atlas — données sourcées',
		description:
			'Sourced figures on manufacturing industry in Auvergne-Rhône-Alpes (84) and Nouvelle-Aquitaine (75): employer establishments, private salaried jobs, R&D, jobseekers and population, for the 24 départements of the two régions, the 13 metropolitan régions and France. Tidy CSV, one figure per row (geo_level, geo_code, indicator, year, value, source). Every value is copied from a public source or is a plain sum of published values (see sources[].note, in French and English); nothing is interpolated, rounded or filled in; unknown values are absent. Years differ between indicators. Licences: each source keeps its own licence (sources[].license, in French and English): URSSAF-derived figures (firms, jobs except industry_share_total_employment) come from Open URSSAF data under ODbL 1.0; INSEE figures under Licence Ouverte / Etalab 2.0; Eurostat figures under CC BY 4.0; no licence was found for the France Travail jobseeker series. Copies read on the way (sources[].intermediate) and how each figure was obtained (sources[].note) are kept apart from the producer’s licence. Built by scripts/build-figures.mjs and scripts/build-population.mjs; see SOURCES.md.',
		licenses: [
			{
				name: 'etalab-2.0',
				title: 'Licence Ouverte / Open Licence 2.0',
				path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'
			},
			{
				name: 'ODbL-1.0',
				title: 'Open Data Commons Open Database License 1.0',
				path: 'https://opendatacommons.org/licenses/odbl/1-0/'
			},
			{
				name: 'CC-BY-4.0',
				title: 'Creative Commons Attribution 4.0',
				path: 'https://creativecommons.org/licenses/by/4.0/'
			}
		],
		sources: describedSources.map((s) => {
			const o = {
				id: s.id,
				title: s.title,
				publisher: s.publisher,
				...(s.publisherNote ? { publisherNote: s.publisherNote } : {}),
				path: s.path
			};
			if (s.via) o.via = s.via;
			// The producer's licence: its short name for captions ('ODbL 1.0'); `license` keeps the
			// full note, in French and English, as `vintage` and `note` do. The copy read on the way
			// (and its own licence) is `intermediate`, for the methodology page only.
			o.licenseName = s.licenseName ?? s.license.en.split(/ \(|;/)[0].trim();
			o.license = s.license;
			if (s.intermediate) o.intermediate = s.intermediate;
			o.vintage = s.vintage;
			o.note = s.note;
			return o;
		}),
		resources,
		indicators: described.map((i) => ({
			id: i.id,
			resource: i.file,
			group: i.group,
			label: i.label,
			unit: i.unit,
			kind: i.kind,
			definition: i.definition,
			sources: indicatorSources(i, rowsByIndicator),
			vintage: vintage(i, rowsByIndicator)
		}))
	};
	return { datapackage, resources, described, describedSources, usedSources };
}

/** Fails each row of a generated file whose indicator or source is undeclared, each key twice. */
export function checkDeclared({ datapackage, resources }, fileStats, fail) {
	const declaredInd = new Set(datapackage.indicators.map((i) => i.id));
	const declaredSrc = new Set(datapackage.sources.map((s) => s.id));
	for (const file of GENERATED_FILES) {
		const res = resources.find((r) => r.name === file);
		const indEnum = new Set(res.schema.fields[2].constraints.enum);
		const srcEnum = new Set(res.schema.fields[5].constraints.enum);
		const seen = new Set();
		for (const r of fileStats[file].rows) {
			if (!declaredInd.has(r.indicator) || !indEnum.has(r.indicator))
				fail(`${file}: undeclared indicator ${r.indicator}`);
			if (!declaredSrc.has(r.source) || !srcEnum.has(r.source))
				fail(`${file}: undeclared source ${r.source}`);
			const k = [r.geo_level, r.geo_code, r.indicator, r.year].join('|');
			if (seen.has(k)) fail(`${file}: duplicate key ${k}`);
			seen.add(k);
		}
	}
}
