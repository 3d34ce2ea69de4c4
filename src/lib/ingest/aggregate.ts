import { explain, type IngestMessage } from './messages';
import { departementOfCommune } from './territoryCode';
import type { RowValue } from './rowValues';
import type { CommuneCounts, IngestLevel, IngestValue } from './types';

interface Sum {
	value: number;
	decimals: number;
}

export interface AggregateOptions {
	levels: IngestLevel[];
	regionOf?: Record<string, string>;
}

/**
 * Sums row figures per territory (size bands or communes into départements), then départements
 * into régions: a région's sum is kept only when every one of its départements has the figure,
 * never a partial sum. Sums are rounded to the most decimals written in their inputs, so that
 * 0.1 + 0.2 gives 0.3. Returns the values, a note per incomplete région sum left out, and for
 * commune rows how many communes went into each territory's sums.
 * @example aggregate([{ level: 'departement', code: '01', indicator: 'x', year: 2020, value: 2, decimals: 0 }, …], { levels: ['departement', 'region'], regionOf: { '01': '84', … } })
 */
export function aggregate(
	values: readonly RowValue[],
	options: AggregateOptions
): {
	values: IngestValue[];
	notes: string[];
	noteMessages: IngestMessage[];
	communes?: CommuneCounts;
} {
	const byTerritory = new Map<string, Sum>();
	const communesOf = new Map<string, Set<string>>();
	for (const v of values) {
		const level = v.level === 'commune' ? 'departement' : v.level;
		const code = v.level === 'commune' ? departementOfCommune(v.code) : v.code;
		if (v.level === 'commune')
			communesOf.set(code, (communesOf.get(code) ?? new Set()).add(v.code));
		add(byTerritory, [level, code, v.indicator, v.year].join('|'), v.value, v.decimals);
	}
	const out: IngestValue[] = [];
	const noteMessages: IngestMessage[] = [];
	for (const [key, sum] of byTerritory) {
		const [level, code, indicator, year] = key.split('|');
		if (options.levels.includes(level as IngestLevel))
			out.push(value(level as IngestLevel, code, indicator, Number(year), sum));
	}
	if (options.levels.includes('region') && options.regionOf) {
		const regionOf = options.regionOf;
		const members = new Map<string, string[]>();
		for (const [dep, region] of Object.entries(regionOf))
			members.set(region, [...(members.get(region) ?? []), dep]);
		const series = new Set(
			[...byTerritory.keys()]
				.filter((k) => k.startsWith('departement|'))
				.map((k) => k.split('|').slice(2).join('|'))
		);
		for (const [region, deps] of members) {
			for (const s of series) {
				const parts = deps.map((dep) => byTerritory.get(`departement|${dep}|${s}`));
				const [indicator, year] = s.split('|');
				if (parts.every((p) => p === undefined)) continue;
				const missing = deps.filter((_, i) => parts[i] === undefined);
				if (missing.length) {
					noteMessages.push(
						explain('regionNotSummed', {
							region,
							indicator,
							year,
							missing: missing.sort().join(', ')
						})
					);
					continue;
				}
				const total: Sum = { value: 0, decimals: 0 };
				for (const p of parts as Sum[]) addTo(total, p.value, p.decimals);
				out.push(value('region', region, indicator, Number(year), total));
			}
		}
	}
	const notes = noteMessages.map((n) => n.message);
	if (communesOf.size === 0) return { values: out, notes, noteMessages };
	return { values: out, notes, noteMessages, communes: communeCounts(communesOf, out, options) };
}

/** How many communes went into each département's sums, and into each région summed from them. */
export function communeCounts(
	communesOf: Map<string, Set<string>>,
	out: readonly IngestValue[],
	options: AggregateOptions
): CommuneCounts {
	const departement: Record<string, number> = {};
	for (const [code, communes] of communesOf) departement[code] = communes.size;
	const region: Record<string, number> = {};
	const summed = new Set(out.filter((v) => v.geo_level === 'region').map((v) => v.geo_code));
	for (const [dep, n] of Object.entries(departement)) {
		const r = options.regionOf?.[dep];
		if (r !== undefined && summed.has(r)) region[r] = (region[r] ?? 0) + n;
	}
	return { departement, region };
}

function add(map: Map<string, Sum>, key: string, v: number, decimals: number) {
	const sum = map.get(key) ?? { value: 0, decimals: 0 };
	addTo(sum, v, decimals);
	map.set(key, sum);
}

function addTo(sum: Sum, v: number, decimals: number) {
	sum.value += v;
	sum.decimals = Math.max(sum.decimals, decimals);
}

function value(
	geo_level: IngestLevel,
	geo_code: string,
	indicator: string,
	year: number,
	sum: Sum
): IngestValue {
	return { geo_level, geo_code, indicator, year, value: Number(sum.value.toFixed(sum.decimals)) };
}
