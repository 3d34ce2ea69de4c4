// What each indicator's selected rows cover: the codes required of it (checked), its years by
// level, its vintage and its sources, as datapackage.json and SOURCES.md describe them.

import { ALLOWED_CODES, GEO_LEVELS, INDICATORS, SOURCES } from './catalog.mjs';

const SOURCE_BY_ID = new Map(SOURCES.map((s) => [s.id, s]));
const POP_YEARS = { departement: ['2023'], region: ['2023'], pays: ['2023'] };

/** The kept rows by indicator id. */
export function rowsByIndicatorOf(kept) {
	const rowsByIndicator = new Map();
	for (const row of kept.values()) {
		if (!rowsByIndicator.has(row.indicator)) rowsByIndicator.set(row.indicator, []);
		rowsByIndicator.get(row.indicator).push(row);
	}
	return rowsByIndicator;
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

/** Fails each indicator without rows, each level-year missing a code, each label too long. */
export function checkCoverage(rowsByIndicator, fail) {
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
}

/** Years as runs: ['2019', '2020', '2021', '2023'] → '2019–2021, 2023'. */
export function ranges(years) {
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

/** An indicator's years by level (population's are its file's). */
export function coverage(ind, rowsByIndicator) {
	if (ind.external) return POP_YEARS;
	const rows = rowsByIndicator.get(ind.id) ?? [];
	const cov = {};
	for (const level of GEO_LEVELS) {
		const ys = rows.filter((r) => r.geo_level === level).map((r) => r.year);
		if (ys.length) cov[level] = ys;
	}
	return cov;
}

/** An indicator's years as said in datapackage.json: one range, or one per level. */
export function vintage(ind, rowsByIndicator) {
	const cov = coverage(ind, rowsByIndicator);
	const parts = Object.entries(cov).map(([l, ys]) => [l, ranges(ys)]);
	if (new Set(parts.map((p) => p[1])).size === 1) return parts[0][1];
	const names = { departement: 'départements', region: 'régions', pays: 'France' };
	return parts.map(([l, r]) => `${names[l]} ${r}`).join('; ');
}

/** The sources an indicator's figures come from (those it may take from, for population). */
export function indicatorSources(ind, rowsByIndicator) {
	const rows = rowsByIndicator.get(ind.id);
	const set = new Set(rows ? rows.map((r) => r.source) : Object.values(ind.take).flat());
	return SOURCES.map((s) => s.id).filter((id) => set.has(id));
}
