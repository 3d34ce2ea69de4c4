/**
 * A query string with one param set, or removed when value is null; others are kept.
 * @example withParam('?indicator=x&lang=en', 'lang', null) // '?indicator=x'
 */
export function withParam(search: string, name: string, value: string | null): string {
	const params = new URLSearchParams(search);
	if (value === null) params.delete(name);
	else params.set(name, value);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** The params of a URL without a query string (as prerendered pages are built). */
export const NO_PARAMS: URLSearchParams = new URLSearchParams();
