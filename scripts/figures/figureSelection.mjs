// Which figures the data files hold: the reference's rows an indicator takes from one of our
// sources (any other row is excluded, with its reason), and the rows read from official files,
// beside which the reference's own rows of those sources are only compared.

import { ALLOWED_CODES, INDICATORS, SOURCES } from './catalog.mjs';

const OFFICIAL_SOURCES = new Set(SOURCES.filter((s) => s.official).map((s) => s.id));

/** The sources an indicator may take its figures from at a level, the preferred first. */
export function acceptedSources(ind, level) {
	return ind.take.all ?? ind.take[level] ?? [];
}

/**
 * @param {{ figures: Record<string, string>[], refSources: Record<string, string>[],
 *   official: Record<string, string>[] }} input
 * @param {(message: string) => void} fail
 * @returns {{ kept: Map<string, Record<string, string>>, excluded: object[], duplicates: object[],
 *   crossCheck: string, refSourceById: Map<string, Record<string, string>> }}
 */
export function selectFigures({ figures, refSources, official }, fail) {
	const refSourceById = new Map(refSources.map((s) => [s.source_id, s]));

	function ourSource(refId) {
		const s = refSourceById.get(refId);
		if (!s) throw new Error(`source_id ${refId} not in sources.csv`);
		const hits = SOURCES.filter((o) => o.match(s));
		if (hits.length > 1) throw new Error(`source_id ${refId} matches ${hits.map((h) => h.id)}`);
		return hits[0]?.id ?? null;
	}

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
	return {
		kept,
		excluded,
		duplicates,
		crossCheck: compareWithOfficial(crossCheck, official),
		refSourceById
	};
}

/** The log line comparing the reference's rows of official sources with the rows read. */
function compareWithOfficial(crossCheck, official) {
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
	return `official files: ${official.length} rows; ${crossCheck.length - differ.length} of ${crossCheck.length} reference figures of the same sources equal${differ.length ? `; differ: ${differ.slice(0, 5).join('; ')}${differ.length > 5 ? ' …' : ''}` : ''}`;
}
