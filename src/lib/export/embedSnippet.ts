import { escapeXml } from './svgText';

/** The ids of the reader's imported indicators (src/lib/userData/userModel.ts) start so. */
const IMPORTED = /(^|[,:])user-/;

/**
 * Whether a page's view names one of the reader's imported indicators: those live in this
 * browser only, so no other site's embed can draw them (the embed page would fall back to
 * another indicator). The reader's own titles and notes are not part of the view.
 * @example namesImportedData('?indicator=user-ab12&lang=en') // true
 * @example namesImportedData('?indicator=jobs_industry&map-title=user-friendly') // false
 */
export function namesImportedData(search: string | URLSearchParams): boolean {
	return [...new URLSearchParams(search)].some(
		([key, value]) => !/-(title|note)$/.test(key) && IMPORTED.test(value)
	);
}

/**
 * The address of a figure's chart-only page: the embed route with the figure's name, the
 * page's own query (its view, selection, title and note) and what else the figure needs (a
 * profile's area, which its page has in its path).
 * @example embedUrl('https://atlas.example/', '/embed', 'ranking', '?indicator=jobs') // 'https://atlas.example/embed?figure=ranking&indicator=jobs'
 * @example embedUrl('https://a/', '/embed', 'profile-jobs', '?lang=en', { area: 'r84' }) // 'https://a/embed?figure=profile-jobs&lang=en&area=r84'
 */
export function embedUrl(
	origin: string,
	embedPath: string,
	figure: string,
	search: string,
	extra: Record<string, string> = {}
): string {
	const params = new URLSearchParams(search);
	params.delete('figure');
	for (const [key, value] of Object.entries(extra)) params.set(key, value);
	const query = new URLSearchParams([['figure', figure], ...params]);
	return new URL(`${embedPath}?${query}`, origin).href;
}

/**
 * The `<iframe>` code of a figure, named for screen readers.
 * @example embedSnippet('https://a/embed?figure=map', 'Carte') // '<iframe src="https://a/embed?figure=map" title="Carte" …></iframe>'
 */
export function embedSnippet(url: string, title: string): string {
	return (
		`<iframe src="${escapeXml(url)}" title="${escapeXml(title)}" width="100%" height="640" ` +
		`style="border:0;max-width:960px" loading="lazy"></iframe>`
	);
}
