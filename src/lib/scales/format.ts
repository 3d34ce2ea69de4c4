import type { Lang } from '../data/types';

const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number the reader's way: French uses a narrow no-break space for thousands and a
 * decimal comma ('12 345,6'). Null is "no data" and is not formatted here.
 * A column of figures shows the same decimals in each ('31,0' beside '36,7'): give both digits.
 * @example formatNumber(1234.5, 'fr', 1) // '1 234,5'
 * @example formatNumber(31, 'fr', 1, 1) // '31,0'
 */
export function formatNumber(
	value: number,
	lang: Lang,
	maximumFractionDigits = 1,
	minimumFractionDigits = 0
): string {
	const key = `${lang}|${maximumFractionDigits}|${minimumFractionDigits}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locales[lang], { maximumFractionDigits, minimumFractionDigits });
		cache.set(key, format);
	}
	return format.format(value);
}

/**
 * Enough decimals to tell the values of a legend apart: none from 100, one from 10, two from 1,
 * and two significant digits below 1, so that a small ratio never reads as 0.
 * @example decimalsFor([0.003, 0.016]) // 3 (0,016)
 */
export function decimalsFor(values: number[]): number {
	const max = Math.max(...values.map(Math.abs));
	if (!Number.isFinite(max) || max === 0 || max >= 100) return 0;
	if (max >= 10) return 1;
	if (max >= 1) return 2;
	return Math.min(6, 1 - Math.floor(Math.log10(max)));
}
