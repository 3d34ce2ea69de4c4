import type { Lang } from '../data/types';

/** Where the reader's last choice of language is kept (localStorage). */
export const LANG_STORAGE_KEY = 'cimes-atlas-lang';

export const isLang = (value: unknown): value is Lang => value === 'fr' || value === 'en';

/**
 * The language of a page: the address's `?lang=` when it names one, else the reader's last
 * choice, else French.
 * @example chooseLang(null, 'en') // 'en'
 * @example chooseLang('fr', 'en') // 'fr'
 */
export function chooseLang(fromAddress: string | null, remembered: string | null): Lang {
	if (isLang(fromAddress)) return fromAddress;
	return isLang(remembered) ? remembered : 'fr';
}

/**
 * The `?lang=` a page's address needs so that the page shows the remembered language, or null
 * when the address already says which language (or French, the default, is remembered).
 * @example langToAdd(null, 'en') // 'en'
 * @example langToAdd('fr', 'en') // null
 */
export function langToAdd(fromAddress: string | null, remembered: string | null): Lang | null {
	if (isLang(fromAddress) || !isLang(remembered) || remembered === 'fr') return null;
	return remembered;
}
