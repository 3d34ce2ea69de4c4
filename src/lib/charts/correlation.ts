import type { Lang } from '../data/types';
import { compareMessages } from '../i18n/compareMessages';
import { formatNumber } from '../scales/format';

/** Pearson's r over n pairs; r is null when it is undefined (fewer than 3 pairs, no spread). */
export interface Correlation {
	r: number | null;
	n: number;
}

export type Strength = 'negligible' | 'weak' | 'moderate' | 'strong' | 'very-strong';

/**
 * Pearson's correlation coefficient of paired values. Pairs with a missing or non-finite value
 * are left out (and not counted in n). Fewer than 3 pairs, or values that do not vary, give
 * `r: null`: a correlation is then undefined, never 0.
 * @example pearson([[1, 2], [2, 4], [3, 7]]) // { r: 0.993, n: 3 } (rounded here)
 * @example pearson([[1, 2], [2, null]]) // { r: null, n: 1 }
 */
export function pearson(pairs: readonly (readonly [number | null, number | null])[]): Correlation {
	const valid = pairs.filter(
		(p): p is [number, number] =>
			p[0] !== null && p[1] !== null && Number.isFinite(p[0]) && Number.isFinite(p[1])
	);
	const n = valid.length;
	if (n < 3) return { r: null, n };
	const meanX = valid.reduce((s, p) => s + p[0], 0) / n;
	const meanY = valid.reduce((s, p) => s + p[1], 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (const [x, y] of valid) {
		sxy += (x - meanX) * (y - meanY);
		sxx += (x - meanX) ** 2;
		syy += (y - meanY) ** 2;
	}
	if (sxx === 0 || syy === 0) return { r: null, n };
	return { r: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), n };
}

/**
 * How strong a correlation is, by |r|: below 0.1 negligible, 0.3 weak, 0.5 moderate, 0.9 strong,
 * then very strong (Cohen's thresholds, with "very strong" from 0.9).
 * @example correlationStrength(-0.82) // 'strong'
 */
export function correlationStrength(r: number): Strength {
	const a = Math.abs(r);
	if (a < 0.1) return 'negligible';
	if (a < 0.3) return 'weak';
	if (a < 0.5) return 'moderate';
	return a < 0.9 ? 'strong' : 'very-strong';
}

/**
 * The correlation in words, with r in the reader's number format and n named by `areas`.
 * @example describeCorrelation({ r: 0.82, n: 24 }, 'fr', (n) => `${n} départements`)
 * // 'Corrélation forte et positive (r = 0,82, 24 départements)'
 */
export function describeCorrelation(
	correlation: Correlation,
	lang: Lang,
	areas: (n: number) => string
): string {
	const t = compareMessages[lang];
	const { r, n } = correlation;
	if (n < 3) return t.correlationTooFew(areas(n));
	if (r === null) return t.correlationUndefined(areas(n));
	const text = formatNumber(r, lang, 2);
	return t.correlation(correlationStrength(r), r >= 0, text, areas(n));
}
