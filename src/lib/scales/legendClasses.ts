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
 * The bounds a legend prints, in order: the first class's lower bound, then each class's upper
 * bound (the next class's lower bound).
 * @example legendBounds([{ lower: 0, upper: 5 }, { lower: 5, upper: 9 }]) // [0, 5, 9]
 */
export function legendBounds(classes: Pick<LegendClass, 'lower' | 'upper'>[]): number[] {
	return classes.length ? [classes[0].lower, ...classes.map((c) => c.upper)] : [];
}

/** Past this, bounds that still print alike are equal for any reader. */
const MAX_LEGEND_DECIMALS = 12;

/**
 * The fewest decimals, at least `minimum`, that print every bound apart from its neighbours, so
 * that no class reads '[0,01 ; 0,01['. Equal neighbours (a last class holding the maximum
 * alone) print alike whatever the decimals and are not counted.
 * @example distinctDecimals([0, 0.0071, 0.0125, 0.35], 2) // 3 ('0,007', '0,013': 2 would print 0,01 twice)
 */
export function distinctDecimals(bounds: readonly number[], minimum = 0): number {
	for (let decimals = Math.max(0, minimum); decimals < MAX_LEGEND_DECIMALS; decimals++) {
		const printed = bounds.map((b) => formatNumber(b, 'en', decimals));
		const apart = printed.every(
			(text, i) => i === 0 || bounds[i] === bounds[i - 1] || text !== printed[i - 1]
		);
		if (apart) return decimals;
	}
	return MAX_LEGEND_DECIMALS;
}

/**
 * A class's bounds as a reader sees them: '[12,5 ; 20[' in French, '[12.5, 20)' in English;
 * the last class is closed, and a last class holding only the maximum prints that value alone.
 * @example formatInterval({ lower: 12.5, upper: 20, upperIncluded: false }, 'fr', 1) // '[12,5 ; 20['
 * @example formatInterval({ lower: 36.7, upper: 36.7, upperIncluded: true }, 'fr', 1) // '36,7'
 */
export function formatInterval(
	c: Pick<LegendClass, 'lower' | 'upper' | 'upperIncluded'>,
	lang: Lang,
	decimals: number
): string {
	const lower = formatNumber(c.lower, lang, decimals);
	const upper = formatNumber(c.upper, lang, decimals);
	if (c.upperIncluded && c.lower === c.upper) return lower;
	return lang === 'fr'
		? `[${lower} ; ${upper}${c.upperIncluded ? ']' : '['}`
		: `[${lower}, ${upper}${c.upperIncluded ? ']' : ')'}`;
}
