import type { Observation } from '../data/types';
import type { FigureSpec, LegendSpec } from '../export/figureSpec';
import type { FileParts } from '../export/fileName';
import type { ExportRow } from '../export/toCsv';
import type { ResolvedCompare } from '../state/resolveCompare';
import type { CompareContext } from './areas';
import { measureLabel, sourcesText } from './chartText';
import { rankingData, regionBarsData, type RankingData, type RegionBarsData } from './compareData';
import type { MapShapes } from '../map/mapShapes';
import { areaRef } from './areas';
import {
	chartFigureSpec,
	mapRows,
	mapsLegend,
	rankingRows,
	regionBarsRows,
	regionLegend,
	scatterRows,
	trendRows
} from './exportSpecs';
import { mapPairData, type MapPairData } from './mapPairData';
import { scatterData, type ScatterData } from './scatterData';
import { trendAreas, trendData, type TrendData } from './trendData';

/**
 * One chart of /compare with what its export needs: the chart's data, its legend, the
 * observations behind it (for sources and years), the rows of its CSV and its file name.
 * The page's panels and the headless export both build charts from here, so they match.
 */
export interface ChartFigure<D> {
	data: D;
	title: string;
	subtitle?: string;
	legend: LegendSpec;
	observations: Observation[];
	/** The sources of the observations, for the line under the chart ('' when none). */
	sources: string;
	rows: () => ExportRow[];
	fileParts: FileParts;
	spec: (date: string) => FigureSpec;
}

function figure<D>(
	ctx: CompareContext,
	parts: Omit<ChartFigure<D>, 'spec' | 'sources'>
): ChartFigure<D> {
	return {
		...parts,
		sources: sourcesText(ctx.model, parts.observations, ctx.lang, true),
		spec: (date) =>
			chartFigureSpec({
				model: ctx.model,
				title: parts.title,
				subtitle: parts.subtitle,
				legend: parts.legend,
				observations: parts.observations,
				lang: ctx.lang,
				date
			})
	};
}

export function regionsFigure(
	ctx: CompareContext,
	view: ResolvedCompare
): ChartFigure<RegionBarsData> {
	const data = regionBarsData(ctx, view);
	return figure(ctx, {
		data,
		title: data.title,
		legend: regionLegend(data.groups[0]?.bars ?? [], ctx.names.region, ctx.lang),
		observations: data.groups.flatMap((g) => g.bars.flatMap((b) => b.inputs)),
		rows: () => regionBarsRows(ctx.model, data, ctx.lang),
		fileParts: {
			view: 'regions',
			indicator: measureLabel(data.indicator, data.measure, ctx.lang),
			year: data.groups.map((g) => g.key).join('-')
		}
	});
}

export function rankingFigure(
	ctx: CompareContext,
	view: ResolvedCompare
): ChartFigure<RankingData> {
	const data = rankingData(ctx, view);
	return figure(ctx, {
		data,
		title: data.title,
		legend: regionLegend(data.bars, ctx.names.region, ctx.lang),
		observations: data.bars.flatMap((b) => b.inputs),
		rows: () => rankingRows(ctx.model, data, ctx.lang),
		fileParts: {
			view: 'ranking',
			indicator: measureLabel(data.indicator, data.measure, ctx.lang),
			year: data.yearsText,
			scope: data.level === 'departement' ? 'aura-na' : 'regions'
		}
	});
}

export function trendFigure(ctx: CompareContext, view: ResolvedCompare): ChartFigure<TrendData> {
	const data = trendData(ctx, {
		indicator: view.trend.indicator,
		mode: view.params.trendMode,
		baseYear: view.params.baseYear,
		areas: trendAreas(ctx, view)
	});
	return figure(ctx, {
		data,
		title: data.title,
		legend: regionLegend(data.series, ctx.names.region, ctx.lang),
		observations: data.series.flatMap((s) => s.inputs),
		rows: () => trendRows(ctx.model, data, ctx.lang),
		fileParts: {
			view: 'trend',
			indicator: `${data.indicator.label[ctx.lang]} ${data.mode === 'index' ? `base ${data.baseYear}` : ''}`,
			year: data.years.length ? `${data.years[0]}-${data.years.at(-1)}` : undefined
		}
	});
}

export function scatterFigure(
	ctx: CompareContext,
	view: ResolvedCompare
): ChartFigure<ScatterData> {
	const data = scatterData(ctx, { ...view.scatter, log: view.params.log });
	return figure(ctx, {
		data,
		title: data.title,
		subtitle: `${data.correlationText}.`,
		legend: regionLegend(data.rows, ctx.names.region, ctx.lang),
		observations: data.rows.flatMap((r) =>
			[...r.inputs, r.populationInput].filter((o): o is Observation => !!o)
		),
		rows: () => scatterRows(ctx.model, data, ctx.lang),
		fileParts: {
			view: 'scatter',
			indicator: `${data.y.label} ${data.x.label}`,
			scope: data.log ? 'log' : undefined
		}
	});
}

export function mapsFigure(
	ctx: CompareContext,
	view: ResolvedCompare,
	shapes: MapShapes
): ChartFigure<MapPairData> {
	const data = mapPairData(ctx, view, shapes);
	const areas = shapes.areas.map((a) => areaRef(ctx, view.level, a.code));
	return figure(ctx, {
		data,
		title: data.title,
		subtitle: data.panels.map((p) => p.title).join(' | '),
		legend: mapsLegend(data, ctx.lang),
		observations: data.panels.flatMap((p) => p.inputs),
		rows: () => mapRows(ctx.model, data, areas, ctx.lang),
		fileParts: {
			view: 'maps',
			indicator: data.panels[0]?.label ?? data.title,
			year: [...new Set(data.panels.map((p) => p.yearsText))].join(' '),
			scope: data.mode ?? undefined
		}
	});
}
