import { DEFAULT_MEASURE, measureById } from '../data/mapMeasures';
import type { Lang } from '../data/types';
import { parseLang } from '../i18n/messages';

export interface ViewParams {
	lang: Lang;
	measureId: string;
}

/** Reads the view from search params; anything unknown falls back to the default. */
export function readViewParams(params: URLSearchParams): ViewParams {
	return {
		lang: parseLang(params.get('lang')),
		measureId: measureById(params.get('measure'))?.id ?? DEFAULT_MEASURE.id
	};
}

/**
 * Writes the view into a query string, leaving defaults out so the plain URL stays clean.
 * @example writeViewParams({ lang: 'en', measureId: DEFAULT_MEASURE.id }) // '?lang=en'
 */
export function writeViewParams(view: ViewParams): string {
	const params = new URLSearchParams();
	if (view.lang !== 'fr') params.set('lang', view.lang);
	if (view.measureId !== DEFAULT_MEASURE.id) params.set('measure', view.measureId);
	const query = params.toString();
	return query ? `?${query}` : '';
}
