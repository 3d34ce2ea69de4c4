import type { Lang } from '$lib/data/types';
import { englishReady } from '$lib/i18n/english.svelte';
import { chooseLang, isLang, LANG_STORAGE_KEY } from '$lib/i18n/langChoice';
import { HydratedSearch } from './pageUrl.svelte';

/**
 * The language the reader last picked, kept in localStorage across pages and visits. Read once
 * the page is hydrated (`load`), so the first render matches the prerendered French page.
 */
class LangMemory {
	#remembered = $state<Lang | null>(null);

	get remembered(): Lang | null {
		return this.#remembered;
	}

	load() {
		try {
			const stored = localStorage.getItem(LANG_STORAGE_KEY);
			this.#remembered = isLang(stored) ? stored : null;
		} catch {
			// Storage can be disabled; the address's ?lang= still works.
		}
	}

	remember(lang: Lang) {
		this.#remembered = lang;
		try {
			localStorage.setItem(LANG_STORAGE_KEY, lang);
		} catch {
			// As above: the choice then lasts for this page only.
		}
	}
}

export const langMemory = new LangMemory();

/** The language of the current page: its address's `?lang=`, else the remembered choice. */
export class PageLang {
	#search = new HydratedSearch();

	get current(): Lang {
		const lang = chooseLang(this.#search.params.get('lang'), langMemory.remembered);
		// As HydratedSearch: French until the English dictionary is there.
		return lang === 'en' && !englishReady() ? 'fr' : lang;
	}
}
