/** The reader's title and note for an exported figure, kept in the page's URL. */
export interface FigureText {
	title: string;
	note: string;
}

/** The URL params of a figure's text: `<figure>-title` and `<figure>-note`. */
export const figureTextParams = (figure: string) => ({
	title: `${figure}-title`,
	note: `${figure}-note`
});

const MAX_LENGTH = 300;
const clean = (text: string | null) =>
	(text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_LENGTH);

/**
 * A figure's title and note read from the URL ('' when not set: the default title applies).
 * @example readFigureText(new URLSearchParams('map-title=Mon+titre'), 'map') // { title: 'Mon titre', note: '' }
 */
export function readFigureText(search: URLSearchParams, figure: string): FigureText {
	const names = figureTextParams(figure);
	return { title: clean(search.get(names.title)), note: clean(search.get(names.note)) };
}

/**
 * A query string with a figure's title and note set (an empty one removed); other params kept.
 * @example writeFigureText('?lang=en', 'map', { title: 'T', note: '' }) // '?lang=en&map-title=T'
 */
export function writeFigureText(search: string, figure: string, text: FigureText): string {
	const params = new URLSearchParams(search);
	const names = figureTextParams(figure);
	for (const key of ['title', 'note'] as const) {
		const value = clean(text[key]);
		if (value) params.set(names[key], value);
		else params.delete(names[key]);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

/**
 * A page's new query string with the figure texts of the current one carried over, so a
 * change of view keeps the titles the reader typed.
 * @example keepFigureText('?indicator=x', new URLSearchParams('map-note=N')) // '?indicator=x&map-note=N'
 */
export function keepFigureText(query: string, current: URLSearchParams): string {
	const written = new URLSearchParams(query);
	const kept = [...current].filter(([key]) => /-(title|note)$/.test(key) && !written.has(key));
	if (kept.length === 0) return query;
	// Appended, so the page's own query stays byte for byte as it wrote it.
	return `${query || '?'}${query ? '&' : ''}${new URLSearchParams(kept)}`;
}

/**
 * The spec's title and note with the reader's, when given.
 * @example withFigureText({ title: 'Default' }, { title: '', note: 'N' }) // { title: 'Default', note: 'N' }
 */
export function withFigureText<S extends { title: string; note?: string }>(
	spec: S,
	text: FigureText | undefined
): S {
	if (!text) return spec;
	return { ...spec, title: text.title || spec.title, note: text.note || spec.note };
}
