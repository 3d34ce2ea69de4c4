import type { Lang } from '../data/types';

const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number the reader's way: French uses a narrow no-break space for thousands and a
 * decimal comma ('12 345,6'). Null is "no data" and is not formatted here.
 * @example formatNumber(1234.5, 'fr', 1) // '1 234,5'
 */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
	const key = `${lang}|${maximumFractionDigits}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locales[lang], { maximumFractionDigits });
		cache.set(key, format);
	}
	return format.format(value);
}

/** Enough decimals to tell apart the values of a class legend, at most 2. */
export function decimalsFor(values: number[]): number {
	const max = Math.max(...values.map(Math.abs));
	if (!Number.isFinite(max) || max >= 100) return 0;
	return max >= 10 ? 1 : 2;
}
