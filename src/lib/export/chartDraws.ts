import CompareMap from '../charts/CompareMap.svelte';
import type { RankingData, RegionBarsData } from '../charts/compareData';
import { sideBySide } from '../charts/exportSpecs';
import type { MapPairData } from '../charts/mapPairData';
import RankingChart from '../charts/RankingChart.svelte';
import RegionBars from '../charts/RegionBars.svelte';
import ScatterChart from '../charts/ScatterChart.svelte';
import type { ScatterData } from '../charts/scatterData';
import type { Interaction } from '../charts/marks';
import type { Lang } from '../data/types';
import type { MapShapes } from '../map/mapShapes';
import type { DrawBody } from './figureSpec';
import type { RenderComponent } from './renderOffscreen';

/**
 * How each chart of /compare is drawn for an export, at the size a layout asks for, with the
 * selection of the URL and no hover: the page's panels, the embed page and `npm run export`
 * share these, so the three give the same figure.
 */
export type ChartDraw = (render: RenderComponent) => DrawBody;

const still = (selected: readonly string[]): Interaction => ({ hovered: null, selected });

/** The ranking's rows share a layout's height (a screen copy keeps the rows' own height). */
export const rankingDraw =
	(data: RankingData, lang: Lang, selected: readonly string[] = []): ChartDraw =>
	(render) =>
	({ width, height, heightFree }) => ({
		body: render(RankingChart, {
			data,
			lang,
			width,
			height: heightFree ? undefined : height,
			ix: still(selected)
		})
	});

/**
 * The régions' bars fill a layout's height (a screen copy keeps the rows' own height), up to
 * 3/4 of their width: a few rows read best wider than tall, so A4 takes the landscape page.
 */
export const regionsDraw =
	(data: RegionBarsData, lang: Lang, selected: readonly string[] = []): ChartDraw =>
	(render) =>
	({ width, height, heightFree }) => ({
		body: render(RegionBars, {
			data,
			lang,
			width,
			height: heightFree ? undefined : Math.min(height, Math.round(width * 0.75)),
			ix: still(selected)
		})
	});

export const scatterDraw =
	(data: ScatterData, lang: Lang, selected: readonly string[] = []): ChartDraw =>
	(render) =>
	({ width }) => ({ body: render(ScatterChart, { data, lang, width, ix: still(selected) }) });

export { trendDraw } from './trendDraw';

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
