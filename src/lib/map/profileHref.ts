import { resolve } from '$app/paths';
import type { Lang } from '$lib/data/types';
import type { MapLevel } from '$lib/state/explorerParams';

/** The profile page of a map area, in the language shown. */
export function profileHref(level: MapLevel, code: string, lang: Lang): string {
	const path =
		level === 'departement'
			? resolve('/departement/[code]', { code })
			: resolve('/region/[code]', { code });
	return `${path}${lang === 'en' ? '?lang=en' : ''}`;
}
