// Turns the selected reference figures and the rows read from official files into the text of
// data/*.csv (but population.csv), datapackage.json and SOURCES.md. One writer for
// `npm run data:build` (scripts/build-figures.mjs) and `npm run data:update`
// (scripts/data-update.mjs): nothing is written to disk here.
//
// Rule: reference values are copied from figures.csv exactly as written (same digits); official
// rows come as read by $lib/ingest. Nothing is rounded or filled in. A reference row that is not
// selected is listed as excluded. Deterministic: no dates, no locale-dependent sorting.

import { csvField, parseCsv } from './csv.mjs';
import {
	ALLOWED_CODES,
	GENERATED_FILES,
	FILES,
	GEO_LEVELS,
	HEADER,
	INDICATORS,
	SOURCES
} from './catalog.mjs';

const OFFICIAL_SOURCES = new Set(SOURCES.filter((s) => s.official).map((s) => s.id));
const SOURCE_BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

/**
 * @param {{ figures: Record<string, string>[], refSources: Record<string, string>[],
 *   official?: Record<string, string>[], populationText?: string }} input
 * @returns {{ files: Record<string, string>, log: string[], errors: string[] }}
 */
export function buildDataFiles({ figures, refSources, official = [], populationText }) {
	const files = {};
	const log = [];
	const errors = [];
	const fail = (msg) => errors.push(msg);
	// ---------------------------------------------------------------------------------------------
	// Helpers
	// ---------------------------------------------------------------------------------------------
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
	 * The codes an indicator must have at a level: all the atlas's, unless it says fewer, or it is
	 * `incomplete` (a publisher that leaves some régions without a figure: none is required), or the
	 * year's rows all come from a file that covers fewer (an export filtered on the 24 départements).
	 */
	function expectedCodes(ind, level, rows = []) {
		if (ind.incomplete) return [];
		const covers = rows.map((r) => SOURCE_BY_ID.get(r.source)?.covers?.[level]);
		if (rows.length && covers.every(Boolean)) return covers[0];
		return ind.expect?.[level] ?? ALLOWED_CODES[level];
	}
	function acceptedSources(ind, level) {
		return ind.take.all ?? ind.take[level] ?? [];
	}
	function ranges(years) {
		const ys = [...new Set(years.map(Number))].sort((a, b) => a - b);
		const out = [];
		for (let i = 0; i < ys.length; i++) {
			let j = i;
			while (j + 1 < ys.length && ys[j + 1] === ys[j] + 1) j++;
			out.push(i === j ? `${ys[i]}` : `${ys[i]}–${ys[j]}`);
			i = j;
		}
		return out.join(', ');
	}

	// ---------------------------------------------------------------------------------------------
	// Read the reference
	// ---------------------------------------------------------------------------------------------
	const refSourceById = new Map(refSources.map((s) => [s.source_id, s]));

	function ourSource(refId) {
		const s = refSourceById.get(refId);
		if (!s) throw new Error(`source_id ${refId} not in sources.csv`);
		const hits = SOURCES.filter((o) => o.match(s));
		if (hits.length > 1) throw new Error(`source_id ${refId} matches ${hits.map((h) => h.id)}`);
		return hits[0]?.id ?? null;
	}

	// ---------------------------------------------------------------------------------------------
	// Select
	// ---------------------------------------------------------------------------------------------
	const indById = new Map(INDICATORS.map((i) => [i.id, i]));
	const kept = new Map(); // indicator|level|code|year -> row
	const excluded = []; // {row, src, reason}
	const duplicates = [];
	const crossCheck = []; // reference rows of a source read from its official file

	for (const r of figures) {
		const ind = indById.get(r.indicator);
		if (!ind || ind.external) continue;
		const src = r.source_id.split(/\s+/).map(ourSource);
		const srcId = src[0];
		const accepted = acceptedSources(ind, r.geo_level);
		let reason = null;
		if (src.some((s) => s !== srcId)) reason = 'row cites several of our sources';
		else if (!srcId || !accepted.includes(srcId))
			reason = `source ${r.source_id} (${srcId ?? 'not one of our sources'}) is not this indicator's source at level ${r.geo_level}`;
		else if (r.year === '' || Number(r.year) < ind.years[0] || Number(r.year) > ind.years[1])
			reason = `year ${r.year || '(none)'} outside ${ind.years[0]}-${ind.years[1]}`;
		else if (!ALLOWED_CODES[r.geo_level]?.includes(r.geo_code))
			reason = `geo code ${r.geo_level}/${r.geo_code} outside the app's geography (pattern ^(\\d{2}|2[AB]|97\\d|FR)$)`;
		else if (!/^\d+(\.\d+)?$/.test(r.value)) reason = `value '${r.value}' is not a plain number`;
		if (reason) {
			excluded.push({ r, srcId, reason });
			continue;
		}
		if (OFFICIAL_SOURCES.has(srcId)) {
			crossCheck.push(r);
			continue;
		}
		const row = {
			geo_level: r.geo_level,
			geo_code: r.geo_code,
			indicator: r.indicator,
			year: r.year,
			value: r.value,
			source: srcId
		};
		keep(row, accepted);
	}

	function keep(row, accepted) {
		const key = [row.indicator, row.geo_level, row.geo_code, row.year].join('|');
		const prev = kept.get(key);
		if (prev) {
			const pa = accepted.indexOf(prev.source);
			const pb = accepted.indexOf(row.source);
			if (pa === pb) throw new Error(`duplicate key ${key} from the same source ${row.source}`);
			const [win, lose] = pa < pb ? [prev, row] : [row, prev];
			duplicates.push({ key, kept: win, dropped: lose });
			kept.set(key, win);
		} else kept.set(key, row);
	}

	// Rows read from official files (scripts/figures/officialRows.mjs) take their place beside the
	// reference's; the reference's own rows of those sources are only compared with them.
	for (const row of official) {
		const ind = indById.get(row.indicator);
		const accepted = ind ? acceptedSources(ind, row.geo_level) : [];
		if (
			!ind ||
			!accepted.includes(row.source) ||
			!ALLOWED_CODES[row.geo_level]?.includes(row.geo_code)
		)
			fail(
				`official row ${row.indicator} ${row.geo_level}/${row.geo_code} ${row.year} from ${row.source} is not declared`
			);
		else keep(row, accepted);
	}
	{
		const officialByKey = new Map(
			official.map((r) => [[r.indicator, r.geo_level, r.geo_code, r.year].join('|'), r])
		);
		const differ = [];
		for (const r of crossCheck) {
			const o = officialByKey.get([r.indicator, r.geo_level, r.geo_code, r.year].join('|'));
			if (!o || Number(o.value) !== Number(r.value))
				differ.push(
					`${r.indicator} ${r.geo_level}/${r.geo_code} ${r.year}: reference ${r.value}, official ${o?.value ?? 'none'}`
				);
		}
		log.push(
			`official files: ${official.length} rows; ${crossCheck.length - differ.length} of ${crossCheck.length} reference figures of the same sources equal${differ.length ? `; differ: ${differ.slice(0, 5).join('; ')}${differ.length > 5 ? ' …' : ''}` : ''}`
		);
	}

	// ---------------------------------------------------------------------------------------------
	// Check coverage
	// ---------------------------------------------------------------------------------------------
	const rowsByIndicator = new Map();
	for (const row of kept.values()) {
		if (!rowsByIndicator.has(row.indicator)) rowsByIndicator.set(row.indicator, []);
		rowsByIndicator.get(row.indicator).push(row);
	}
	for (const ind of INDICATORS) {
		if (ind.external) continue;
		const rows = rowsByIndicator.get(ind.id) ?? [];
		if (!rows.length && !ind.optional) fail(`${ind.id}: no row selected`);
		for (const level of GEO_LEVELS) {
			const lr = rows.filter((r) => r.geo_level === level);
			if (!lr.length) continue;
			for (const y of new Set(lr.map((r) => r.year))) {
				const yearRows = lr.filter((r) => r.year === y);
				const codes = new Set(yearRows.map((r) => r.geo_code));
				const missing = expectedCodes(ind, level, yearRows).filter((c) => !codes.has(c));
				if (missing.length) fail(`${ind.id} ${level} ${y}: missing ${missing.join(' ')}`);
			}
		}
		for (const l of ['fr', 'en']) {
			if ([...ind.label[l]].length > 60) fail(`${ind.id}: label.${l} longer than 60 characters`);
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Write the CSV files
	// ---------------------------------------------------------------------------------------------
	const fileStats = {};
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

	// population.csv (written by build-population.mjs): check it if present
	if (populationText !== undefined) {
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
		log.push(`data/population.csv (from build-population.mjs): ${pop.length} rows checked`);
	} else {
		log.push('warning: data/population.csv not found; run npm run data:population');
	}

	// ---------------------------------------------------------------------------------------------
	// datapackage.json
	// ---------------------------------------------------------------------------------------------
	const POP_YEARS = { departement: ['2023'], region: ['2023'], pays: ['2023'] };
	function coverage(ind) {
		if (ind.external) return POP_YEARS;
		const rows = rowsByIndicator.get(ind.id) ?? [];
		const cov = {};
		for (const level of GEO_LEVELS) {
			const ys = rows.filter((r) => r.geo_level === level).map((r) => r.year);
			if (ys.length) cov[level] = ys;
		}
		return cov;
	}
	function vintage(ind) {
		const cov = coverage(ind);
		const parts = Object.entries(cov).map(([l, ys]) => [l, ranges(ys)]);
		if (new Set(parts.map((p) => p[1])).size === 1) return parts[0][1];
		const names = { departement: 'départements', region: 'régions', pays: 'France' };
		return parts.map(([l, r]) => `${names[l]} ${r}`).join('; ');
	}
	/** The sources an indicator's figures come from (those it may take from, for population). */
	function indicatorSources(ind) {
		const rows = rowsByIndicator.get(ind.id);
		const set = new Set(rows ? rows.map((r) => r.source) : Object.values(ind.take).flat());
		return SOURCES.map((s) => s.id).filter((id) => set.has(id));
	}

	// Indicators declared ahead of their first download (`optional`) are described only once they
	// have figures; a source only when it feeds a described indicator's figures (an official
	// download not read yet does not).
	const described = INDICATORS.filter((i) => !i.optional || rowsByIndicator.has(i.id));
	const usedSources = new Set(described.flatMap((i) => indicatorSources(i)));
	const describedSources = SOURCES.filter((s) => usedSources.has(s.id));

	const resources = FILES.map((file) => {
		const inds = described.filter((i) => i.file === file);
		const srcIds = SOURCES.map((s) => s.id).filter((id) =>
			inds.some((i) => indicatorSources(i).includes(id))
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
			'Sourced figures on manufacturing industry in Auvergne-Rhône-Alpes (84) and Nouvelle-Aquitaine (75): employer establishments, private salaried jobs, R&D, jobseekers and population, for the 24 départements of the two régions, the 13 metropolitan régions and France. Tidy CSV, one figure per row (geo_level, geo_code, indicator, year, value, source). Every value is copied from a public source or is a plain sum of published values (see sources[].note, in French and English); nothing is interpolated, rounded or filled in; unknown values are absent. Years differ between indicators. Licences: each source keeps its own licence (sources[].license, in French and English): URSSAF-derived figures (firms, jobs except industry_share_total_employment) come from Open URSSAF data under ODbL 1.0; INSEE figures under Licence Ouverte / Etalab 2.0; Eurostat figures under CC BY 4.0; the licence of the France Travail jobseeker series is unknown. Built by scripts/build-figures.mjs and scripts/build-population.mjs; see SOURCES.md.',
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
			// The licence's short name for captions ('ODbL 1.0'); `license` keeps the full note, in
			// French and English, as `vintage` and `note` do.
			o.licenseName = s.license.en.split(/ \(|;/)[0].trim();
			o.license = s.license;
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
			sources: indicatorSources(i),
			vintage: vintage(i)
		}))
	};
	files['datapackage.json'] = JSON.stringify(datapackage, null, '\t') + '\n';
	log.push(
		`data/datapackage.json: ${resources.length} resources, ${datapackage.indicators.length} indicators, ${describedSources.length} sources`
	);

	// ---------------------------------------------------------------------------------------------
	// Consistency checks on what was written
	// ---------------------------------------------------------------------------------------------
	{
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

	// ---------------------------------------------------------------------------------------------
	// Report exclusions and duplicates
	// ---------------------------------------------------------------------------------------------
	for (const d of duplicates)
		log.push(
			`duplicate ${d.key}: kept ${d.kept.source} (${d.kept.value}), dropped ${d.dropped.source} (${d.dropped.value})`
		);
	for (const e of excluded)
		log.push(
			`excluded: ${e.r.indicator} ${e.r.geo_level}/${e.r.geo_code} ${e.r.year} = ${e.r.value} [${e.r.source_id}]: ${e.reason}`
		);

	// ---------------------------------------------------------------------------------------------
	// SOURCES.md
	// ---------------------------------------------------------------------------------------------
	const LEVEL_NAMES = { departement: 'départements (24)', region: 'régions (13)', pays: 'France' };
	const levelName = (ind, level) =>
		ind.expect?.[level] ? `régions ${ind.expect[level].join(', ')}` : LEVEL_NAMES[level];
	const md = [];
	md.push('# CIMES Atlas — sources of the data files');
	md.push('');
	md.push(
		'Generated by `scripts/figures/dataFiles.mjs` through `npm run data:build` or `npm run data:update` (edit the scripts, not this file). The machine-readable version of this page is `datapackage.json`.'
	);
	md.push('');
	md.push(
		'Every value in `firms.csv`, `jobs.csv`, `researchers.csv`, `jobseekers.csv`, `territory.csv` and `population.csv` was read in a public source, or is a plain sum of values read in a source (the sum is described below). Values are copied digit for digit from the frozen research reference (`sources/reference/figures.csv`), or summed from an official file kept in its publisher’s layout (`sources/official/`, read by `src/lib/ingest`); nothing is interpolated, extrapolated, rounded or filled in. An unknown value has no row.'
	);
	md.push('');
	md.push(
		'Format: UTF-8 CSV, comma-separated, header `geo_level,geo_code,indicator,year,value,source`; `geo_level` is `departement`, `region` or `pays`; `geo_code` is the INSEE code as text (`01`, `84`, `FR`); `value` uses `.` as decimal mark; `source` is one of the source ids below. Geography: the 24 départements of Auvergne-Rhône-Alpes (01 03 07 15 26 38 42 43 63 69 73 74) and Nouvelle-Aquitaine (16 17 19 23 24 33 40 47 64 79 86 87), the 13 metropolitan régions, and France.'
	);
	md.push('');
	md.push('## Sources');
	md.push('');
	for (const s of describedSources) {
		md.push(`### \`${s.id}\``);
		md.push('');
		md.push(`- **Title:** ${s.title}`);
		md.push(
			`- **Publisher:** ${s.publisher}${s.publisherNote ? ` (${s.publisherNote.en}; fr : ${s.publisherNote.fr})` : ''}`
		);
		md.push(`- **URL:** ${s.path}`);
		if (s.via) md.push(`- **Read via:** ${s.via}`);
		md.push(`- **Licence:** ${s.license.en}`);
		md.push(`- **Licence (fr) :** ${s.license.fr}`);
		md.push(`- **Vintage:** ${s.vintage.en}`);
		md.push(`- **Millésime (fr) :** ${s.vintage.fr}`);
		md.push(`- **How the figures were obtained:** ${s.note.en}`);
		md.push(`- **Mode d'obtention des chiffres (fr) :** ${s.note.fr}`);
		md.push('');
	}
	md.push('## Indicators');
	md.push('');
	md.push('| id | label (fr) | unit | kind | years | levels | source |');
	md.push('|---|---|---|---|---|---|---|');
	for (const i of described) {
		const cov = coverage(i);
		const perLevel = Object.entries(cov).map(([l, ys]) => [l, ranges(ys)]);
		const short = { departement: 'dép.', region: 'rég.', pays: 'FR' };
		const years =
			new Set(perLevel.map((p) => p[1])).size === 1
				? perLevel[0][1]
				: perLevel.map(([l, r]) => `${short[l]} ${r}`).join('; ');
		md.push(
			`| \`${i.id}\` | ${i.label.fr} | ${i.unit.en} | ${i.kind} | ${years} | ${Object.keys(cov)
				.map((l) => levelName(i, l))
				.join(', ')} | ${indicatorSources(i)
				.map((s) => `\`${s}\``)
				.join(', ')} |`
		);
	}
	md.push('');
	md.push(
		'Kinds: `count` = additive quantity (people, establishments, FTE, euros); `share` = percent stored as 0–100 as in the source (14.7 means 14.7 %). The full French and English definitions are in `datapackage.json` (`indicators[].definition`).'
	);
	md.push('');
	md.push('## Caveats');
	md.push('');
	md.push(
		'- **Years differ between indicators.** Establishments 2021 (and 31 Dec 2006–2025 for industry, grand secteur GS1, 2025 for all sectors), jobs 1998–2025 by région but 2025 only by département (2006–2025 at 31 December for industry, 2015–2025 for the raw 31 December total), land area 2024, industry share 2019, R&D personnel 2009, R&D expenditure 2017, jobseekers 2015–2024, population 2023. A ratio of two indicators must state both years (e.g. "jobs 2025 / population 2023").'
	);
	md.push(
		'- **URSSAF counts private employers only** (secteur privé, régime général, excluding agriculture): no public-sector employers, no self-employed. It is not total employment; `industry_share_total_employment` (INSEE) is, and must not be charted on the same axis as the URSSAF counts.'
	);
	md.push(
		'- **Establishments are employer establishments** (SIRET with a payroll at year end), not INSEE "établissements actifs" (which include non-employers and number several times more), and not enterprises (SIREN).'
	);
	md.push(
		'- **Two kinds of job counts.** `jobs_industry` and `jobs_total_private` are seasonally adjusted (CVS) values at the end of Q4; `jobs_total_private_dec31` and `jobs_sector_industry_dec31` are raw headcounts at 31 December summed over communes. They differ: in 2025 the raw all-sector total is 0.93 (Landes) to 1.13 (Savoie) times the CVS value; the ski départements (Savoie, Haute-Savoie) are 2–13 % higher at 31 December, probably winter seasonal staff (an interpretation, not documented). For industry the two agree within −1.6 % to +1.0 %. Keep them as separate indicators; do not splice them into one series.'
	);
	md.push(
		'- **`jobs_industry` has two constructions.** By région (and France) it is our sum of the URSSAF NA28i industrial series (BZ … DZ-EZ); by département it is the URSSAF grand secteur "GS1 Industrie". Both mean NAF sections B–E, and the 12 AURA départements sum to 504,635 against 504,637 for the région (end 2025). Temp agency workers are not in industry in either. By département there is only the end of Q4 2025, and there is no manufacturing-only (C) job count.'
	);
	md.push(
		'- **URSSAF régional and national sums are sums of CVS series**, not the URSSAF "ensemble" series; France is the sum of the 18 région codes (Mayotte has no series). Apprentices are included since the Q1-2023 publication.'
	);
	// Until Eurostat's answers are downloaded, the R&D figures are the old extracts.
	if (usedSources.has('eurostat-rd-personnel') || usedSources.has('eurostat-rd-expenditure'))
		md.push(
			"- **Eurostat R&D figures** (`researchers_*`, `rd_personnel_*`, `rd_expenditure_mio_eur*`) are per région and France only: a région is Eurostat's NUTS-1 figure or the sum of its NUTS-2 parts, and has no figure when a part is confidential or not published. Figures flagged provisional (p), estimated (e) or with a break in series (b) are kept; `npm run data:update` lists them. `rd_expenditure_mio_eur` (Eurostat, million euros) and `rd_expenditure_DIRD` (INSEE, billion euros) are two series: do not join them. `rd_expenditure_DIRD`, `_DIRDE_business` and `_DIRDA_public` are for 2017 (INSEE 2021 edition), rounded to 1 or 2 decimals (Corse prints as 0.0)."
		);
	else
		md.push(
			'- **R&D figures are old and are not researcher counts.** `rd_personnel_fte` (2009) is all R&D personnel — researchers, technicians and support staff — in FTE, summed from old NUTS-2 regions. DIRD/DIRDE/DIRDA are for 2017 (INSEE 2021 edition), rounded to 1 or 2 decimals (Corse prints as 0.0).'
		);
	if (!usedSources.has('eurostat-rd-personnel'))
		md.push(
			'- **No researcher count exists here for Auvergne-Rhône-Alpes or Nouvelle-Aquitaine**, by région or by département, for any recent year. What the research found: R&D personnel 2009 (above), DIRD 2017 (above), AURA = 14.8 % of metropolitan R&D personnel in 2021 (OBSéco relay of MESR figures, a share, not a count), AURA researchers +24 % between 2007 and 2014 and concentrated in Isère, Rhône and Puy-de-Dôme (INSEE AURA n°44, no count), 80 % of NA DIRD in three départements (INSEE 2019). The app should show "no data" for researchers rather than a stand-in.'
		);
	md.push(
		'- **Jobseekers** (`jobseekers_abc`) are sums of commune values that are all multiples of 5 (rounding of the source or of rouages.fr); the reference period within each year is not documented; Cantal sums 246 of 248 communes. The 2020 rise and 2021–2022 fall appear in every département.'
	);
	md.push(
		'- **Population year 2023 is inferred** from the package millésime (@etalab/decoupage-administratif 6.0.0 = COG 2026, legal populations in force on 1 January 2026 refer to 2023); check it against https://www.insee.fr/fr/statistiques/8680726. France = metropolitan France + the 5 DROM; the Mayotte figure in the package is the 2017 census legal population; the COM are excluded.'
	);
	md.push('');
	md.push('## Not included, and why');
	md.push('');
	md.push(
		'Rows of the reference for the indicators above that were **not** copied (a different source, definition or year would make a false series, or the geography has no code in the app):'
	);
	md.push('');
	const WHY = {
		S57: 'France métropolitaine (FR-METRO) is not France and has no code in the app; TCRD_027 gives no France-entière value',
		S58: 'Insee Analyses Nouvelle-Aquitaine n°116 (end 2018): another publication and reference date than TCRD_027 2019; mixing them would make a false series',
		S627: 'Insee Flash Île-de-France n°12 (2013): isolated value from another publication and year; it would make a false time series next to the 2017 cross-section',
		S629: 'Insee Nouvelle-Aquitaine study (2015): isolated value from another publication and year',
		S630: 'OBSéco (CCI Occitanie observatory relaying MESR figures, 2021): another source and year, one région only; it would make a false series and an unequal comparison between régions',
		S631: 'Insee Analyses AURA n°44 (2014): isolated value from another publication and year',
		S649: 'same Eurostat extract but 2018, France only (no régional value for 2018); kept out so that the indicator stays the 2009 cross-section of régions and France'
	};
	const exclByGroup = new Map();
	for (const e of excluded) {
		const refId = e.r.source_id.split(/\s+/)[0];
		const why = WHY[refId] ?? e.reason;
		const k = `${e.r.indicator}|${why}`;
		if (!exclByGroup.has(k))
			exclByGroup.set(k, { e, why, items: [], url: refSourceById.get(refId)?.source_url });
		exclByGroup.get(k).items.push(`${e.r.geo_name} (${e.r.geo_code}) ${e.r.year} = ${e.r.value}`);
	}
	for (const { e, why, items, url } of exclByGroup.values()) {
		md.push(`- \`${e.r.indicator}\`: ${items.join('; ')} — ${why}. Source: ${url}`);
	}
	md.push(
		'- Not selected at all: the other indicators of the reference — INSEE job counts (`jobs_*_insee`: another field than URSSAF, single dates for AURA, NA or France only), Q3 press figures (`jobs_*_q3`), `jobs_salaried_insee_quarterly` (11 of 24 départements, field unclear), the other grand-secteur breakdowns of 2025, R&D shares and % of GDP for a few régions, `researchers_rounded` (IDF 2013, rounded "100 000"), `cnrs_insis_researchers` (national), press and undated claims (`context.csv`, rows without a year).'
	);
	md.push('');
	md.push('## How to regenerate');
	md.push('');
	md.push('```sh');
	md.push('npm run data:population   # data/population.csv from @etalab/decoupage-administratif');
	md.push(
		'npm run data:figures      # firms, jobs, researchers, jobseekers, territory, datapackage.json, SOURCES.md'
	);
	md.push("# from data/sources/reference (frozen) and data/sources/official (publishers' files)");
	md.push(
		'npm run data:update -- --from <folder>   # newer official files: prints the diff, refuses a format change'
	);
	md.push('```');
	md.push('');
	md.push(
		'Both scripts are deterministic (same input, same bytes). `build-population.mjs` exits non-zero if its sums differ from the population rows of the reference; `build-figures.mjs` and `data-update.mjs` exit non-zero if a département or région is missing for an indicator-year, a key is duplicated, or a row uses an undeclared indicator or source.'
	);
	md.push('');
	files['SOURCES.md'] = md.join('\n');
	log.push(
		`data/SOURCES.md written; ${excluded.length} reference rows excluded, ${duplicates.length} duplicates resolved`
	);
	return { files, log, errors };
}
