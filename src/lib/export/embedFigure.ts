import { namesOf, type CompareContext } from '../charts/areas';
import { mapsFigure } from '../charts/chartFigures';
import { today } from '../charts/exportSpecs';
import type { AtlasModel } from '../data/model';
import { geoFactsOf } from '../geo/geoFacts';
import { parseLang } from '../i18n/messages';
import { MAP_FRAME, shapeViewOf } from '../map/mapFrame';
import { buildMapShapes } from '../map/mapShapes';
import { readCompareParams } from '../state/compareParams';
import { readExplorerParams } from '../state/explorerParams';
import { resolveCompare } from '../state/resolveCompare';
import { mapsDraw, type ChartDraw } from './chartDraws';
import { chartOf } from './cli/chartFigure';
import { mapFigureOf } from './cli/mapFigure';
import { isPageFigure, pageFigure, PAGE_FIGURE_PARAMS, type EmbedBack } from './embedPages';
import { namesImportedData } from './embedSnippet';
import type { FigureSpec } from './figureSpec';
import { readFigureText, withFigureText } from './figureText';

export const EMBED_FIGURES = ['map', 'regions', 'ranking', 'trend', 'scatter', 'maps'] as const;
export type EmbedFigure = (typeof EMBED_FIGURES)[number];

export interface EmbeddedFigure {
	spec: FigureSpec;
	draw: ChartDraw;
	/** The page the figure comes from, with the same view. */
	back: EmbedBack;
	query: string;
}

/**
 * The figure an embed page shows, from its query: `figure` names it (the map of `/`, a chart
 * of `/compare`, a profile's trend with its `area`, a figure of /chiffres-cles), the other
 * params are that page's view, title and note. null when the figure is unknown or the view
 * names the reader's imported data (only their browser has it).
 * @example embeddedFigure(model, new URLSearchParams('figure=ranking&indicator=jobs_industry'))?.back // { route: '/compare' }
 */
export function embeddedFigure(model: AtlasModel, search: URLSearchParams): EmbeddedFigure | null {
	const id = search.get('figure');
	if (!id || namesImportedData(search)) return null;
	const rest = new URLSearchParams(search);
	for (const key of ['figure', ...PAGE_FIGURE_PARAMS]) rest.delete(key);
	const query = rest.toString() ? `?${rest}` : '';
	const text = readFigureText(search, id);
	if (isPageFigure(id)) {
		const lang = parseLang(search.get('lang'));
		const figure = pageFigure(model, id, search, lang, today(lang));
		return figure && { ...figure, spec: withFigureText(figure.spec, text), query };
	}
	if (!EMBED_FIGURES.includes(id as EmbedFigure)) return null;
	if (id === 'map') {
		const { params } = readExplorerParams(search);
		const figure = mapFigureOf(model, params, today(params.lang));
		const back = { route: '/' } as const;
		return { spec: withFigureText(figure.spec, text), draw: figure.draw, back, query };
	}
	const { params } = readCompareParams(search);
	const ctx: CompareContext = {
		model,
		geo: geoFactsOf(model.topology),
		names: namesOf(model.topology),
		lang: params.lang
	};
	const view = resolveCompare(ctx, params);
	const date = today(params.lang);
	if (id === 'maps') {
		const shapes = buildMapShapes(
			model.topology,
			shapeViewOf(view.level, 'both'),
			MAP_FRAME.width,
			MAP_FRAME.height
		);
		const figure = mapsFigure(ctx, view, shapes);
		return {
			spec: withFigureText(figure.spec(date), text),
			draw: mapsDraw(figure.data, shapes, params.lang, view.selection),
			back: { route: '/compare' },
			query
		};
	}
	const { figure, draw } = chartOf(id as Exclude<EmbedFigure, 'map' | 'maps'>, ctx, view);
	const back = { route: '/compare' } as const;
	return { spec: withFigureText(figure.spec(date), text), draw, back, query };
}
