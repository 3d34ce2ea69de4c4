import { namesOf, type CompareContext } from '../charts/areas';
import { mapsFigure } from '../charts/chartFigures';
import { today } from '../charts/exportSpecs';
import type { AtlasModel } from '../data/model';
import { geoFactsOf } from '../geo/geoFacts';
import { MAP_FRAME, shapeViewOf } from '../map/mapFrame';
import { buildMapShapes } from '../map/mapShapes';
import { readCompareParams } from '../state/compareParams';
import { readExplorerParams } from '../state/explorerParams';
import { resolveCompare } from '../state/resolveCompare';
import { mapsDraw, type ChartDraw } from './chartDraws';
import { chartOf } from './cli/chartFigure';
import { mapFigureOf } from './cli/mapFigure';
import type { FigureSpec } from './figureSpec';
import { readFigureText, withFigureText } from './figureText';

export const EMBED_FIGURES = ['map', 'regions', 'ranking', 'trend', 'scatter', 'maps'] as const;
export type EmbedFigure = (typeof EMBED_FIGURES)[number];

export interface EmbeddedFigure {
	spec: FigureSpec;
	draw: ChartDraw;
	/** The page the figure comes from, with the same view. */
	back: '/' | '/compare';
	query: string;
}

/**
 * The figure an embed page shows, from its query: `figure` names it (the map of `/`, or a
 * chart of `/compare`), the other params are that page's view, title and note. null when the
 * figure is unknown.
 * @example embeddedFigure(model, new URLSearchParams('figure=ranking&indicator=jobs_industry'))?.back // '/compare'
 */
export function embeddedFigure(model: AtlasModel, search: URLSearchParams): EmbeddedFigure | null {
	const id = search.get('figure') as EmbedFigure | null;
	if (!id || !EMBED_FIGURES.includes(id)) return null;
	const rest = new URLSearchParams(search);
	rest.delete('figure');
	const query = rest.toString() ? `?${rest}` : '';
	const text = readFigureText(search, id);
	if (id === 'map') {
		const { params } = readExplorerParams(search);
		const figure = mapFigureOf(model, params, today(params.lang));
		return { spec: withFigureText(figure.spec, text), draw: figure.draw, back: '/', query };
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
			back: '/compare',
			query
		};
	}
	const { figure, draw } = chartOf(id, ctx, view);
	return { spec: withFigureText(figure.spec(date), text), draw, back: '/compare', query };
}
