import TrendChart from '../charts/TrendChart.svelte';
import type { TrendData } from '../charts/trendData';
import { trendLayout } from '../charts/trendLayout';
import type { Interaction } from '../charts/marks';
import type { Lang } from '../data/types';
import type { DrawBody, LegendSpec } from './figureSpec';
import { lineLegend } from './lineLegend';
import type { RenderComponent } from './renderOffscreen';

/**
 * A trend drawn at the box's size for an export, with the selection given and no hover; its
 * legend shows line samples (France dashed) and is left out when every line is labelled at its
 * end with the legend's own words. Apart from chartDraws.ts so that a profile's trend card
 * does not load the other charts of /compare.
 */
export const trendDraw =
	(
		data: TrendData,
		legend: LegendSpec,
		lang: Lang,
		selected: readonly string[] = []
	): ((render: RenderComponent) => DrawBody) =>
	(render) =>
	({ width, height }) => {
		const ix: Interaction = { hovered: null, selected };
		const labels = trendLayout(data, width, height, lang, selected).labels;
		return {
			body: render(TrendChart, { data, lang, width, height, ix }),
			legend: lineLegend(
				legend,
				data.series.map((s) => ({ key: s.key, name: s.name, color: s.color, dash: s.dash })),
				new Set(labels.map((label) => label.key))
			)
		};
	};
