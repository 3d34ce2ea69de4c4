import { measureUnit } from '../data/measures';
import { yearsOf } from '../data/model';
import type { Indicator, Observation } from '../data/types';
import { compareMessages } from '../i18n/compareMessages';
import type { MapShapes } from '../map/mapShapes';
import { computeBreaks } from '../scales/classify';
import { decimalsFor } from '../scales/format';
import { classColorScale, divergingColorScale } from '../scales/colorScale';
import {
	distinctDecimals,
	legendBounds,
	legendClasses,
	type LegendClass
} from '../scales/legendClasses';
import { withZeroThreshold } from '../scales/palettes';
import type { MapsMode } from '../state/compareParams';
import type { ResolvedCompare } from '../state/resolveCompare';
import { FOCUS_REGIONS, type CompareContext } from './areas';
import { decimalsOf, measureLabel, valueText } from './chartText';
import { measureAreas } from './measureAreas';
import { round } from './layout';

/** One area of one map: its value, text and class colour (null fill: no data). */
export interface MapValue {
	value: number | null;
	valueText: string;
	fill: string | null;
}

export interface MapPanel {
	key: string;
	title: string;
	/** The indicator and measure the map shows, e.g. 'Établissements industriels (B–E) pour 10 000 habitants'. */
	label: string;
	/** The year(s) of the values, e.g. '2021 (population 2023)'. */
	yearsText: string;
	/** The areas in colour (the others are grey context). */
	codes: string[];
	values: Map<string, MapValue>;
	viewBox: [number, number, number, number];
	inputs: Observation[];
}

export interface MapPairData {
	mode: MapsMode | null;
	title: string;
	unit: string;
	panels: MapPanel[];
	/** The classes both maps share, with the count over both maps. */
	classes: LegendClass[];
	/** Decimals of the legend's bounds. */
	decimals: number;
	notes: string[];
}

/** Square-ish windows of one size around each région, so that both maps share one scale. * @example regionWindows(shapes, ['84', '75']) // [[x, y, w, h], [x′, y′, w, h]]: same w and h
 */
export function regionWindows(
	shapes: MapShapes,
	codes: readonly string[],
	pad = 8
): [number, number, number, number][] {
	const bounds = codes.map(
		(c) =>
			shapes.regionBounds.get(c) ?? [
				[0, 0],
				[shapes.width, shapes.height]
			]
	);
	const width = Math.max(...bounds.map((b) => b[1][0] - b[0][0])) + 2 * pad;
	const height = Math.max(...bounds.map((b) => b[1][1] - b[0][1])) + 2 * pad;
	return bounds.map((b) => [
		round((b[0][0] + b[1][0]) / 2 - width / 2),
		round((b[0][1] + b[1][1]) / 2 - height / 2),
		round(width),
		round(height)
	]);
}

/**
 * Two maps with the same classes (quantiles of both maps' values pooled, so a colour means the
 * same on both): the two régions at one scale, two years, or two indicators with the same unit.
 * A change is coloured on a diverging palette centred on 0. Without a second map that fits the
 * data, one map.
 * @example mapPairData(ctx, view, shapes).panels.map((p) => p.title) // ['Auvergne-Rhône-Alpes', 'Nouvelle-Aquitaine']
 */
export function mapPairData(
	ctx: CompareContext,
	view: ResolvedCompare,
	shapes: MapShapes
): MapPairData {
	const t = compareMessages[ctx.lang];
	const { indicator, measure, level, year, maps } = view;
	const codes = shapes.areas.map((a) => a.code);
	const full: [number, number, number, number] = [0, 0, shapes.width, shapes.height];
	const baseYear = measure === 'change' ? view.year2 : undefined;
	const measured = (ind: Indicator, y: number) =>
		measureAreas(ctx, { indicator: ind, measure, year: y, baseYear }, level, codes);
	const specs: {
		key: string;
		title: string;
		indicator: Indicator;
		areas: ReturnType<typeof measured>;
		codes: string[];
		viewBox: typeof full;
	}[] = [];
	const main = measured(indicator, year);
	let detail = main[0]?.yearsText ?? String(year);
	if (maps.mode === 'regions') {
		const windows = regionWindows(shapes, FOCUS_REGIONS);
		FOCUS_REGIONS.forEach((region, i) => {
			const inRegion = shapes.areas.filter((a) => a.region === region).map((a) => a.code);
			const title = shapes.regionNames.get(region) ?? region;
			specs.push({
				key: region,
				title,
				indicator,
				areas: main,
				codes: inRegion,
				viewBox: windows[i]
			});
		});
	} else if (maps.mode === 'years') {
		const other = view.year2 ?? view.years.find((y) => y !== year) ?? year;
		const [first, last] = [Math.min(other, year), Math.max(other, year)];
		for (const y of [first, last]) {
			const areas = y === year ? main : measured(indicator, y);
			specs.push({
				key: String(y),
				title: areas[0]?.yearsText ?? String(y),
				indicator,
				areas,
				codes,
				viewBox: full
			});
		}
		detail = t.mapsYears(specs[0].title, specs[1].title);
	} else {
		specs.push({
			key: 'a',
			title: `${indicator.label[ctx.lang]}, ${detail}`,
			indicator,
			areas: main,
			codes,
			viewBox: full
		});
		const second = maps.mode === 'indicators' ? maps.indicator2 : undefined;
		if (second) {
			const years = yearsOf(ctx.model, second.id, level);
			const y = years.includes(year) ? year : (years.at(-1) ?? year);
			const areas = measured(second, y);
			const title = `${second.label[ctx.lang]}, ${areas[0]?.yearsText ?? y}`;
			specs.push({ key: 'b', title, indicator: second, areas, codes, viewBox: full });
		}
	}
	const shown = specs.flatMap((s) =>
		s.areas.filter((a) => s.codes.includes(a.code)).map((a) => a.value)
	);
	const present = shown.filter((v): v is number => v !== null);
	const extent: [number, number] = present.length
		? [Math.min(...present), Math.max(...present)]
		: [0, 0];
	const breaks = computeBreaks('quantile', shown, 5);
	const scale =
		measure === 'change'
			? divergingColorScale(withZeroThreshold(breaks, extent[0], extent[1]), 'RdBu', extent)
			: classColorScale(breaks);
	const decimals = decimalsOf(present);
	const classes = legendClasses(scale, shown);
	const legendDecimals = distinctDecimals(legendBounds(classes), decimalsFor(present));
	const unit = measureUnit(indicator, { measure, baseYear })[ctx.lang];
	const panels = specs.map((s): MapPanel => ({
		key: s.key,
		title: s.title,
		label: measureLabel(s.indicator, measure, ctx.lang),
		yearsText: s.areas[0]?.yearsText ?? String(year),
		codes: s.codes,
		viewBox: s.viewBox,
		values: new Map(
			s.areas.map((a) => [
				a.code,
				{
					value: a.value,
					valueText: valueText(a.value, unit, ctx.lang, decimals),
					fill: a.value === null ? null : scale(a.value)
				}
			])
		),
		inputs: s.areas.filter((a) => s.codes.includes(a.code)).flatMap((a) => a.inputs)
	}));
	const notes = maps.mode === null ? [t.mapsSingle] : [];
	const label = measureLabel(indicator, measure, ctx.lang);
	const title =
		maps.mode === 'indicators' && specs[1]
			? t.mapsIndicatorsTitle(specs[0].title, specs[1].title, t.measureNames[measure])
			: t.mapsTitle(label, detail, maps.mode);
	return {
		mode: maps.mode,
		title,
		unit,
		panels,
		classes,
		decimals: legendDecimals,
		notes
	};
}
