import type { Lang } from '../data/types';
import { messages } from '../i18n/messages';
import type { MapLevel } from '../state/explorerParams';

interface Ranked {
	code: string;
	name: string;
	region: string;
	value: number | null;
	valueText: string;
	rankInRegion: number | null;
	rankAll: number | null;
}

/**
 * Ranks areas by decreasing value, among all and within their région (1 = highest; equal values
 * share a rank). Areas without data get no rank.
 */
export function rankWithin(areas: Ranked[], byRegion: boolean): void {
	const values = areas.map((a) => a.value);
	for (const area of areas) {
		if (area.value === null) continue;
		area.rankAll = rankAmong(area.value, values);
		if (byRegion) {
			const inRegion = areas.filter((a) => a.region === area.region).map((a) => a.value);
			area.rankInRegion = rankAmong(area.value, inRegion);
		}
	}
}

/** The largest 1, 2 or 5 × 10ⁿ not above `value`. */
export function niceFloor(value: number): number {
	if (!(value > 0)) return 0;
	const power = 10 ** Math.floor(Math.log10(value));
	const leading = value / power;
	return (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power;
}

/**
 * Two or three reference circles for a proportional-symbol legend: round values near the
 * maximum, a quarter and a twentieth of it.
 * @example sizeLegend(247, radius, String) // [{ value: 200, … }, { value: 50, … }, { value: 10, … }]
 */
export function sizeLegend(
	max: number,
	radius: (value: number) => number,
	format: (value: number) => string
): { value: number; radius: number; label: string }[] {
	const values = [...new Set([niceFloor(max), niceFloor(max / 4), niceFloor(max / 20)])].filter(
		(v) => v > 0
	);
	return values.map((value) => ({ value, radius: radius(value), label: format(value) }));
}

/**
 * Baselines of the size legend's labels, one per circle (largest first, all nested on one
 * bottom line): each at its circle's top, moved up where it would come closer than `gap` to the
 * label below it, so that two labels never touch.
 * @example sizeLabelBaselines([25, 12.5, 5.6], 64) // [17, 31, 55.8]: the middle one moved up
 */
export function sizeLabelBaselines(radii: number[], size: number, gap = 14): number[] {
	const natural = radii.map((r) => size - 2 * r + 3);
	const placed = [...natural];
	for (let i = placed.length - 2; i >= 0; i--)
		placed[i] = Math.min(natural[i], placed[i + 1] - gap);
	return placed;
}

/**
 * One sentence describing the map: highest, lowest and median. When several areas share the
 * highest or the lowest value, it says so: their names up to 3, their number beyond.
 * @example 'Valeur la plus élevée : Haute-Savoie (2,87 …) ; la plus basse : 0 établissement pour 10 000 hab., partagée par 9 départements ; médiane : …'
 */
export function summarize(
	areas: Ranked[],
	lang: Lang,
	quantity: (value: number) => string,
	level: MapLevel
): string {
	const t = messages[lang];
	const ranked = areas
		.filter((a) => a.value !== null)
		.sort((a, b) => (b.value as number) - (a.value as number));
	if (ranked.length === 0) return t.summaryEmpty;
	const values = ranked.map((a) => a.value as number);
	const middle = Math.floor(values.length / 2);
	const median = values.length % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	const extreme = (value: number) => {
		const names = ranked.filter((a) => a.value === value).map((a) => a.name);
		return t.summaryExtreme(names, quantity(value), level);
	};
	return t.summary(
		extreme(values[0]),
		extreme(values[values.length - 1]),
		quantity(median).replace(/\.$/, ''),
		ranked.length,
		areas.length
	);
}

/**
 * Competition ranking (1 = highest): equal values share a rank, as "1, 2, 2, 4".
 * @example rankAmong(5, [9, 5, 5, 1]) // 2
 */
export function rankAmong(value: number, values: readonly (number | null)[]): number {
	return 1 + values.filter((v) => v !== null && v > value).length;
}
