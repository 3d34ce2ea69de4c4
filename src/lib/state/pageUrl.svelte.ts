import { browser } from '$app/environment';
import { page } from '$app/state';
import { englishReady } from '$lib/i18n/english.svelte';
import { NO_PARAMS } from './searchParams';

/**
 * The page's search params once the page is hydrated, and empty params before: prerendered
 * HTML is built without a query string, so the first client render must match it. A page asked
 * in English reads as French until the English dictionary has loaded (a moment, once).
 */
export class HydratedSearch {
	#hydrated = $state(false);

	constructor() {
		if (browser) queueMicrotask(() => (this.#hydrated = true));
	}

	get params(): URLSearchParams {
		if (!this.#hydrated) return NO_PARAMS;
		const params = page.url.searchParams;
		if (params.get('lang') !== 'en' || englishReady()) return params;
		// A snapshot without `lang`, read and never changed: no reactive params needed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new URLSearchParams([...params].filter(([key]) => key !== 'lang'));
	}

	/**
	 * The shallow-routing state of the current history entry once hydrated. pushState does not
	 * update page.url, so a view changed in place lives here (and in the address bar).
	 */
	get state(): App.PageState {
		if (!this.#hydrated) return {};
		const { explorer, compare } = page.state;
		const english = explorer?.lang === 'en' || compare?.lang === 'en';
		if (!english || englishReady()) return page.state;
		return {
			...page.state,
			...(explorer && { explorer: { ...explorer, lang: 'fr' } }),
			...(compare && { compare: { ...compare, lang: 'fr' } })
		};
	}
}
