import { namesOf, type CompareContext } from '../../charts/areas';
import {
	rankingFigure,
	regionsFigure,
	scatterFigure,
	trendFigure
} from '../../charts/chartFigures';
import type { MeasureId } from '../../data/measures';
import type { AtlasModel } from '../../data/model';
import { geoFactsOf } from '../../geo/geoFacts';
import { DEFAULT_COMPARE, type CompareParams } from '../../state/compareParams';
import { resolveCompare, type ResolvedCompare } from '../../state/resolveCompare';
import { rankingDraw, regionsDraw, scatterDraw, trendDraw, type ChartDraw } from '../chartDraws';
import type { ExportOptions } from './exportArgs';
import type { RenderedFigure } from './mapFigure';

export type ChartView = 'regions' | 'ranking' | 'trend' | 'scatter';

/** Builds a chart as /compare does, with how to draw it (chartDraws.ts). */
export function chartOf(view: ChartView, ctx: CompareContext, resolved: ResolvedCompare) {
	const lang = ctx.lang;
	const selected = resolved.selection;
	switch (view) {
		case 'regions': {
			const figure = regionsFigure(ctx, resolved);
			return { figure, draw: regionsDraw(figure.data, lang, selected) as ChartDraw };
		}
		case 'ranking': {
			const figure = rankingFigure(ctx, resolved);
			return { figure, draw: rankingDraw(figure.data, lang, selected) as ChartDraw };
		}
		case 'trend': {
			const figure = trendFigure(ctx, resolved);
			return { figure, draw: trendDraw(figure.data, figure.legend, lang, selected) };
		}
		case 'scatter': {
			const figure = scatterFigure(ctx, resolved);
			return { figure, draw: scatterDraw(figure.data, lang, selected) as ChartDraw };
		}
	}
}

/** The params of /compare that show `indicator` in the chart of a view. */
function paramsFor(view: ChartView, o: ExportOptions): CompareParams {
	const measure = (o.measure ?? DEFAULT_COMPARE.measure) as MeasureId;
	const base: CompareParams = { ...DEFAULT_COMPARE, lang: o.lang, year: o.year ?? null };
	const indicator = o.indicator ?? DEFAULT_COMPARE.indicator;
	if (view === 'trend') return { ...base, trendIndicator: indicator };
	if (view === 'scatter') return { ...base, y: { indicator, measure } };
	return { ...base, indicator, measure };
}

/**
 * A chart of /compare as the browser exports it; null when the chart has nothing to show for
 * this indicator (no figure is drawn from no data).
 */
export function chartFigureOf(
	model: AtlasModel,
	view: ChartView,
	options: ExportOptions,
	date: string
): RenderedFigure | null {
	const ctx: CompareContext = {
		model,
		geo: geoFactsOf(model.topology),
		names: namesOf(model.topology),
		lang: options.lang
	};
	const { figure, draw } = chartOf(view, ctx, resolveCompare(ctx, paramsFor(view, options)));
	const rows = figure.rows();
	if (rows.every((r) => r.value === null)) return null;
	return { draw, spec: figure.spec(date), rows, fileParts: figure.fileParts };
}
