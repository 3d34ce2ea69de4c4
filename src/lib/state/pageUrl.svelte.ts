import { browser } from '$app/environment';
import { page } from '$app/state';
import { NO_PARAMS } from './searchParams';

/**
 * The page's search params once the page is hydrated, and empty params before: prerendered
 * HTML is built without a query string, so the first client render must match it.
 */
export class HydratedSearch {
	#hydrated = $state(false);

	constructor() {
		if (browser) queueMicrotask(() => (this.#hydrated = true));
	}

	get params(): URLSearchParams {
		return this.#hydrated ? page.url.searchParams : NO_PARAMS;
	}

	/**
	 * The shallow-routing state of the current history entry once hydrated. pushState does not
	 * update page.url, so a view changed in place lives here (and in the address bar).
	 */
	get state(): App.PageState {
		return this.#hydrated ? page.state : {};
	}
}
