import { render } from 'svelte/server';
import { namesOf, type CompareContext } from '../../charts/areas';
import {
	rankingFigure,
	regionsFigure,
	scatterFigure,
	trendFigure
} from '../../charts/chartFigures';
import RankingChart from '../../charts/RankingChart.svelte';
import RegionBars from '../../charts/RegionBars.svelte';
import ScatterChart from '../../charts/ScatterChart.svelte';
import TrendChart from '../../charts/TrendChart.svelte';
import type { MeasureId } from '../../data/measures';
import type { AtlasModel } from '../../data/model';
import { geoFactsOf } from '../../geo/geoFacts';
import { DEFAULT_COMPARE, type CompareParams } from '../../state/compareParams';
import { resolveCompare, type ResolvedCompare } from '../../state/resolveCompare';
import { composeFigure } from '../composeFigure';
import type { ExportOptions } from './exportArgs';
import { svgBody } from './cleanMarkup';
import type { RenderedFigure } from './mapFigure';

/** Width of charts in exports: the width of /compare's panels on a wide screen. */
const WIDTH = 720;

type ChartView = 'regions' | 'ranking' | 'trend' | 'scatter';

/** Builds a chart as /compare does and draws it with its component (props in, SVG out). */
function drawChart(view: ChartView, ctx: CompareContext, resolved: ResolvedCompare) {
	const lang = ctx.lang;
	switch (view) {
		case 'regions': {
			const figure = regionsFigure(ctx, resolved);
			return {
				figure,
				body: render(RegionBars, { props: { data: figure.data, lang, width: WIDTH } }).body
			};
		}
		case 'ranking': {
			const figure = rankingFigure(ctx, resolved);
			return {
				figure,
				body: render(RankingChart, { props: { data: figure.data, lang, width: WIDTH } }).body
			};
		}
		case 'trend': {
			const figure = trendFigure(ctx, resolved);
			return {
				figure,
				body: render(TrendChart, { props: { data: figure.data, lang, width: WIDTH } }).body
			};
		}
		case 'scatter': {
			const figure = scatterFigure(ctx, resolved);
			return {
				figure,
				body: render(ScatterChart, { props: { data: figure.data, lang, width: WIDTH } }).body
			};
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
 * A chart of /compare as the browser exports it, rendered on the server; null when the chart
 * has nothing to show for this indicator (no figure is drawn from no data).
 */
export function renderChartFigure(
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
	const { figure, body } = drawChart(view, ctx, resolveCompare(ctx, paramsFor(view, options)));
	const rows = figure.rows();
	if (rows.every((r) => r.value === null)) return null;
	const composed = composeFigure(svgBody(body), figure.spec(date));
	return { ...composed, rows, fileParts: figure.fileParts };
}
