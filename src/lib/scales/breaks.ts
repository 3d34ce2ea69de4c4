import { quantileSorted, ticks } from 'd3-array';
import { ckmeans } from 'simple-statistics';

/** Fewest classes a map offers (the UI clamps to this range). */
export const MIN_CLASSES = 3;
/** Most classes a map offers: more cannot be told apart on a choropleth. */
export const MAX_CLASSES = 7;

const finiteSorted = (values: (number | null)[]) =>
	values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);

const uniqueSorted = (thresholds: number[]) =>
	[...new Set(thresholds)].filter(Number.isFinite).sort((a, b) => a - b);

/**
 * Quantile thresholds: `classes - 1` cut points putting about as many areas in each class.
 * Equal cut points are merged, so all-equal values give no threshold (one class).
 * @example quantileBreaks([1, 2, 3, 4], 2) // [2.5]
 */
export function quantileBreaks(values: (number | null)[], classes: number): number[] {
	const sorted = finiteSorted(values);
	if (sorted.length === 0) return [];
	const cuts = Array.from(
		{ length: classes - 1 },
		(_, i) => quantileSorted(sorted, (i + 1) / classes) ?? NaN
	);
	return uniqueSorted(cuts).filter((t) => t > sorted[0]);
}

/**
 * Equal-interval thresholds between the minimum and the maximum.
 * @example equalIntervalBreaks([0, 10], 2) // [5]
 */
export function equalIntervalBreaks(values: (number | null)[], classes: number): number[] {
	const sorted = finiteSorted(values);
	if (sorted.length === 0) return [];
	const [min, max] = [sorted[0], sorted[sorted.length - 1]];
	if (min === max) return [];
	const step = (max - min) / classes;
	return uniqueSorted(Array.from({ length: classes - 1 }, (_, i) => min + step * (i + 1)));
}

/**
 * Natural breaks (Jenks-like, by Ckmeans: optimal 1-D k-means from simple-statistics). Each
 * threshold is the smallest value of a cluster, so that value falls in its own class. With
 * fewer distinct values than classes there are fewer thresholds (never an error).
 * @example ckmeansBreaks([1, 2, 3, 10, 11, 12, 30], 3) // [10, 30]
 */
export function ckmeansBreaks(values: (number | null)[], classes: number): number[] {
	const sorted = finiteSorted(values);
	const distinct = new Set(sorted).size;
	const k = Math.min(Math.floor(classes), distinct);
	if (k < 2) return [];
	const clusters = ckmeans(sorted, k).filter((cluster) => cluster.length > 0);
	return uniqueSorted(clusters.slice(1).map((cluster) => cluster[0]));
}

/**
 * "Nice" thresholds: round steps (1, 2 or 5 × 10ⁿ) from d3-array `ticks`, kept strictly
 * between the minimum and the maximum (a threshold at the maximum would make a class of the
 * maximum alone). Round steps cannot always give the count asked: among the tick sets d3
 * offers, this takes the one whose class count is nearest to `classes` (ties: fewer classes),
 * never more than `MAX_CLASSES` (or `classes` if larger). So 0..100 in 3 classes gives 2
 * classes ([50]: the other choice, steps of 20, gives 5), and 4 classes may give 3.
 * @example niceBreaks([0, 37, 100], 5) // [20, 40, 60, 80]
 * @example niceBreaks([-12, -3, 0, 4, 9], 3) // [-10, 0]
 */
export function niceBreaks(values: (number | null)[], classes: number): number[] {
	const sorted = finiteSorted(values);
	if (sorted.length === 0) return [];
	const [min, max] = [sorted[0], sorted[sorted.length - 1]];
	if (min === max) return [];
	const cap = Math.max(classes, MAX_CLASSES);
	let best: number[] = [];
	for (let count = 1; count <= 2 * cap; count++) {
		const inner = ticks(min, max, count).filter((t) => t > min && t < max);
		const size = inner.length + 1;
		if (size > cap) continue;
		const gain = Math.abs(best.length + 1 - classes) - Math.abs(size - classes);
		if (gain > 0 || (gain === 0 && size < best.length + 1)) best = inner;
	}
	return uniqueSorted(best);
}

/**
 * Values of several years in one list, to compute thresholds once and keep the same classes
 * (and legend) from one year to the next.
 * @example quantileBreaks(pooledValues([[1, 2], [3, null, 4]]), 2) // [2.5], for both years
 */
export function pooledValues(valuesByYear: (number | null)[][]): (number | null)[] {
	return valuesByYear.flat();
}
