import type { DataRow } from './readSource';

export interface IndicatorYearChange {
	indicator: string;
	year: string;
	added: number;
	changed: number;
	removed: number;
	/** Same value, now from another source (an official file replacing a copy). */
	resourced: number;
}

export interface Move {
	indicator: string;
	geo_level: string;
	geo_code: string;
	year: string;
	from: number;
	to: number;
	/** (to − from) / |from|. */
	relative: number;
}

export interface FigureDiff {
	changes: IndicatorYearChange[];
	/** The largest relative moves, largest first. */
	largestMoves: Move[];
	/** Why the new figures look like a format change rather than new data; empty when they do not. */
	refusals: string[];
}

const key = (r: DataRow) => [r.indicator, r.geo_level, r.geo_code, r.year].join('|');
/** A series whose values mostly move by more than this share looks like another definition. */
const LARGE_MOVE = 0.5;

/**
 * Compares the committed figures with new ones: added, changed, removed and re-sourced per
 * indicator and year, the largest moves, and the reasons to refuse (figures removed, a
 * département missing from an indicator it had, a series whose values mostly move by more than half).
 * @example diffFigures(before, after).refusals // ['jobs_sector_industry_dec31 2026: département 74 missing']
 */
export function diffFigures(
	before: readonly DataRow[],
	after: readonly DataRow[],
	largest = 10
): FigureDiff {
	const old = new Map(before.map((r) => [key(r), r]));
	const now = new Map(after.map((r) => [key(r), r]));
	const changes = new Map<string, IndicatorYearChange>();
	const count = (r: DataRow, field: 'added' | 'changed' | 'removed' | 'resourced') => {
		const k = `${r.indicator}|${r.year}`;
		const c = changes.get(k) ?? {
			indicator: r.indicator,
			year: r.year,
			added: 0,
			changed: 0,
			removed: 0,
			resourced: 0
		};
		c[field]++;
		changes.set(k, c);
	};
	const moves: Move[] = [];
	const seriesMoves = new Map<string, { common: number; large: number }>();
	for (const [k, r] of now) {
		const was = old.get(k);
		if (!was) {
			count(r, 'added');
			continue;
		}
		const series = `${r.indicator} (${r.geo_level})`;
		const s = seriesMoves.get(series) ?? { common: 0, large: 0 };
		s.common++;
		seriesMoves.set(series, s);
		if (Number(was.value) !== Number(r.value)) {
			count(r, 'changed');
			const from = Number(was.value);
			const to = Number(r.value);
			const relative = from === 0 ? (to === 0 ? 0 : Infinity) : (to - from) / Math.abs(from);
			moves.push({
				indicator: r.indicator,
				geo_level: r.geo_level,
				geo_code: r.geo_code,
				year: r.year,
				from,
				to,
				relative
			});
			if (Math.abs(relative) > LARGE_MOVE) s.large++;
		} else if (was.source !== r.source) count(r, 'resourced');
	}
	const removed = [...old.values()].filter((r) => !now.has(key(r)));
	removed.forEach((r) => count(r, 'removed'));
	const refusals: string[] = [];
	if (removed.length)
		refusals.push(`${removed.length} figures would be removed (first: ${describe(removed[0])})`);
	refusals.push(...missingDepartements(before, after));
	for (const [series, s] of seriesMoves)
		if (s.large * 2 > s.common)
			refusals.push(`${series}: ${s.large} of ${s.common} figures move by more than half`);
	return {
		changes: [...changes.values()].sort(
			(a, b) => a.indicator.localeCompare(b.indicator) || a.year.localeCompare(b.year)
		),
		largestMoves: moves
			.sort((a, b) => Math.abs(b.relative) - Math.abs(a.relative))
			.slice(0, largest),
		refusals
	};
}

/** A département an indicator had, absent from one of the indicator's years in the new figures. */
function missingDepartements(before: readonly DataRow[], after: readonly DataRow[]): string[] {
	const had = new Map<string, Set<string>>();
	for (const r of before)
		if (r.geo_level === 'departement')
			had.set(r.indicator, (had.get(r.indicator) ?? new Set()).add(r.geo_code));
	const present = new Map<string, Set<string>>();
	for (const r of after)
		if (r.geo_level === 'departement') {
			const k = `${r.indicator}|${r.year}`;
			present.set(k, (present.get(k) ?? new Set()).add(r.geo_code));
		}
	const out: string[] = [];
	for (const [k, codes] of present) {
		const [indicator, year] = k.split('|');
		const missing = [...(had.get(indicator) ?? [])].filter((c) => !codes.has(c)).sort();
		if (missing.length) out.push(`${indicator} ${year}: département ${missing.join(', ')} missing`);
	}
	return out;
}

function describe(r: DataRow): string {
	return `${r.indicator} ${r.geo_level} ${r.geo_code} ${r.year}`;
}
