import CompareMap from '../charts/CompareMap.svelte';
import type { RankingData, RegionBarsData } from '../charts/compareData';
import { sideBySide } from '../charts/exportSpecs';
import type { MapPairData } from '../charts/mapPairData';
import RankingChart from '../charts/RankingChart.svelte';
import RegionBars from '../charts/RegionBars.svelte';
import ScatterChart from '../charts/ScatterChart.svelte';
import type { ScatterData } from '../charts/scatterData';
import TrendChart from '../charts/TrendChart.svelte';
import type { TrendData } from '../charts/trendData';
import { trendLayout } from '../charts/trendLayout';
import type { Interaction } from '../charts/marks';
import type { Lang } from '../data/types';
import type { MapShapes } from '../map/mapShapes';
import type { DrawBody, LegendSpec } from './figureSpec';
import { lineLegend } from './lineLegend';
import type { RenderComponent } from './renderOffscreen';

/**
 * How each chart of /compare is drawn for an export, at the size a layout asks for, with the
 * selection of the URL and no hover: the page's panels, the embed page and `npm run export`
 * share these, so the three give the same figure.
 */
export type ChartDraw = (render: RenderComponent) => DrawBody;

const still = (selected: readonly string[]): Interaction => ({ hovered: null, selected });

export const rankingDraw =
	(data: RankingData, lang: Lang, selected: readonly string[] = []): ChartDraw =>
	(render) =>
	({ width }) => ({ body: render(RankingChart, { data, lang, width, ix: still(selected) }) });

export const regionsDraw =
	(data: RegionBarsData, lang: Lang, selected: readonly string[] = []): ChartDraw =>
	(render) =>
	({ width }) => ({ body: render(RegionBars, { data, lang, width, ix: still(selected) }) });

export const scatterDraw =
	(data: ScatterData, lang: Lang, selected: readonly string[] = []): ChartDraw =>
	(render) =>
	({ width }) => ({ body: render(ScatterChart, { data, lang, width, ix: still(selected) }) });

/**
 * A trend at the box's size; its legend shows line samples (France dashed) and is left out
 * when every line is labelled at its end with the legend's own words.
 */
export const trendDraw =
	(data: TrendData, legend: LegendSpec, lang: Lang, selected: readonly string[] = []): ChartDraw =>
	(render) =>
	({ width, height }) => {
		const labels = trendLayout(data, width, height, lang, selected).labels;
		return {
			body: render(TrendChart, { data, lang, width, height, ix: still(selected) }),
			legend: lineLegend(
				legend,
				data.series.map((s) => ({ key: s.key, name: s.name, color: s.color, dash: s.dash })),
				new Set(labels.map((label) => label.key))
			)
		};
	};

/** The two maps side by side, on their shared classes. */
export const mapsDraw =
	(data: MapPairData, shapes: MapShapes, lang: Lang, selected: readonly string[] = []): ChartDraw =>
	(render) =>
	() => ({
		body: sideBySide(
			data.panels.map((panel) =>
				render(CompareMap, {
					shapes,
					panel,
					title: `${panel.title} — ${data.title}`,
					lang,
					ix: still(selected)
				})
			)
		)
	});
