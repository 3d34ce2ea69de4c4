import { MAX_CLASSES, MIN_CLASSES } from './breaks';
import type { ClassMethod } from './classify';

/** Why a method gave another number of classes than asked. */
export type ClassCountReason =
	/** Quantiles cut inside a run of equal values: the cuts coincide and their classes merge. */
	| { kind: 'ties'; value: number; count: number }
	/** Fewer distinct values than classes asked. */
	| { kind: 'few-values'; distinct: number }
	/** Round steps (1, 2, 5 × 10ⁿ) cannot cut the range into the number asked. */
	| { kind: 'round-steps' };

export interface ClassCountNote {
	requested: number;
	shown: number;
	reason: ClassCountReason;
}

/**
 * The number of classes as the pickers clamp it: rounded, within 3..7.
 * @example clampClasses(12) // 7
 */
export function clampClasses(classes: number): number {
	return Number.isFinite(classes)
		? Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(classes)))
		: MIN_CLASSES;
}

/** The most repeated value and how many times it occurs (the smallest on a tie). */
function largestTie(sorted: number[]): { value: number; count: number } {
	let best = { value: sorted[0], count: 0 };
	for (let i = 0, j = 0; i < sorted.length; i = j) {
		while (j < sorted.length && sorted[j] === sorted[i]) j++;
		if (j - i > best.count) best = { value: sorted[i], count: j - i };
	}
	return best;
}

/**
 * Why the thresholds a method returned make another number of classes than asked, or null when
 * they make the number asked (or were typed by hand). Says which equal values merged classes.
 * @example classCountNote('quantile', [0, 0, 0, 0, 0, 1, 2, 3, 4, 5], 5, [1, 2.5, 4])
 * // { requested: 5, shown: 4, reason: { kind: 'ties', value: 0, count: 5 } }
 */
export function classCountNote(
	method: ClassMethod,
	values: readonly (number | null)[],
	classes: number,
	thresholds: readonly number[]
): ClassCountNote | null {
	const requested = clampClasses(classes);
	const shown = thresholds.length + 1;
	if (method === 'manual' || shown === requested) return null;
	const sorted = values
		.filter((v): v is number => v !== null && Number.isFinite(v))
		.sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	if (method === 'nice') return { requested, shown, reason: { kind: 'round-steps' } };
	const distinct = new Set(sorted).size;
	if (distinct < requested) return { requested, shown, reason: { kind: 'few-values', distinct } };
	return { requested, shown, reason: { kind: 'ties', ...largestTie(sorted) } };
}
