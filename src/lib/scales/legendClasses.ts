import type { Lang } from '../data/types';
import { formatNumber } from './format';
import type { ThresholdScale } from './thresholdScale';

export interface LegendClass {
	index: number;
	color: string;
	/** Included lower bound (the data minimum for the first class). */
	lower: number;
	/** Excluded upper bound, except for the last class, which includes the data maximum. */
	upper: number;
	upperIncluded: boolean;
	count: number;
}

/**
 * The classes a legend shows, with their bounds and how many areas fall in each. Classes
 * follow the threshold scale: a value equal to a threshold belongs to the class above it.
 * @example legendClasses(scale, [1, 5, 9]) // [{ lower: 1, upper: 5, count: 1, … }, …]
 */
export function legendClasses(scale: ThresholdScale, values: (number | null)[]): LegendClass[] {
	const present = values.filter((v): v is number => v !== null);
	if (present.length === 0) return [];
	const min = Math.min(...present);
	const max = Math.max(...present);
	const thresholds = scale.domain();
	const colors = scale.range();
	return colors.map((color, index) => {
		// Typed or fixed thresholds may lie outside this year's data: bounds never invert.
		const lower = index === 0 ? Math.min(min, thresholds[0] ?? min) : thresholds[index - 1];
		const last = index === colors.length - 1;
		const upper = last ? Math.max(max, thresholds.at(-1) ?? max) : thresholds[index];
		const count = present.filter((v) => scale(v) === color).length;
		return { index, color, lower, upper, upperIncluded: last, count };
	});
}

/**
 * A class's bounds as a reader sees them: '[12,5 ; 20[' in French, '[12.5, 20)' in English;
 * the last class is closed.
 * @example formatInterval({ lower: 12.5, upper: 20, upperIncluded: false }, 'fr', 1) // '[12,5 ; 20['
 */
export function formatInterval(
	c: Pick<LegendClass, 'lower' | 'upper' | 'upperIncluded'>,
	lang: Lang,
	decimals: number
): string {
	const lower = formatNumber(c.lower, lang, decimals);
	const upper = formatNumber(c.upper, lang, decimals);
	return lang === 'fr'
		? `[${lower} ; ${upper}${c.upperIncluded ? ']' : '['}`
		: `[${lower}, ${upper}${c.upperIncluded ? ']' : ')'}`;
}
