import { quantileSorted } from 'd3-array';

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
