import { yearsTextFor } from '../data/citations';
import { measureUnit, measureValues, type GeoFacts } from '../data/measures';
import type { AtlasModel } from '../data/model';
import type { Lang, Observation } from '../data/types';
import { messages } from '../i18n/messages';
import { pooledValues } from '../scales/breaks';
import {
	computeBreaks,
	parseManualBreaks,
	type ClassMethod,
	type ManualBreaksError
} from '../scales/classify';
import { classColorScale, divergingColorScale } from '../scales/colorScale';
import { quantityText } from '../i18n/plural';
import { classCountNote } from '../scales/classCount';
import { decimalsFor, formatNumber } from '../scales/format';
import {
	distinctDecimals,
	legendBounds,
	legendClasses,
	type LegendClass
} from '../scales/legendClasses';
import { isDivergingPalette, withZeroThreshold, type PaletteId } from '../scales/palettes';
import type { ResolvedView } from '../state/resolveExplorer';
import { inputsText } from './inputsText';
import type { MapShapes } from './mapShapes';
import { rankWithin, sizeLegend, summarize } from './viewHelpers';

export const MAX_RADIUS = 30;

export interface AreaView {
	code: string;
	name: string;
	region: string;
	regionName: string;
	value: number | null;
	/** Value with its unit, or "no data". */
	valueText: string;
	/** The count and denominator behind a ratio or share, with their years; '' for a value. */
	inputsText: string;
	fill: string | null;
	classIndex: number | null;
	radius: number;
	rankInRegion: number | null;
	rankAll: number | null;
	/** Change since the previous year with data, in words; '' when there is none. */
	changeText: string;
	sourceText: string;
	inputs: Observation[];
}

export interface ExplorerView {
	title: string;
	unit: string;
	yearsText: string;
	symbols: boolean;
	areas: AreaView[];
	classes: LegendClass[];
	sizes: { value: number; radius: number; label: string }[];
	noDataCount: number;
	/** Decimals of values and legend bounds: enough to print every bound apart. */
	decimals: number;
	/** Why the legend has another number of classes than asked (merged classes); or ''. */
	classNote: string;
	summary: string;
	sources: string[];
	/** The ids of those sources, in the same order. */
	sourceIds: string[];
	manualError: ManualBreaksError | null;
	/** The classification used (quantiles when manual breaks could not be read). */
	method: ClassMethod;
	level: 'departement' | 'region';
}

/**
 * Everything the map, legend, tooltip, table and summary show for one resolved view and
 * language: values, classes or symbol sizes, colours, ranks and texts with units and sources.
 */
export function buildExplorerView(
	model: AtlasModel,
	geo: GeoFacts,
	shapes: MapShapes,
	view: ResolvedView,
	lang: Lang
): ExplorerView {
	const t = messages[lang];
	const { indicator, measure, level, year, baseYear, params } = view;
	const codes = shapes.areas.map((a) => a.code);
	const request = { indicator, measure, level, year, baseYear };
	const measured = measureValues(model, request, geo, codes);
	const values = measured.map((m) => m.value);
	const present = values.filter((v): v is number => v !== null);
	const symbols = indicator.kind === 'count' && measure === 'value';
	const allYears = params.fixed
		? pooledValues(
				view.years.map((y) =>
					measureValues(model, { ...request, year: y }, geo, codes).map((m) => m.value)
				)
			)
		: values;

	let manualError: ManualBreaksError | null = null;
	let manual: number[] | undefined;
	if (params.method === 'manual') {
		const parsed = parseManualBreaks(params.breaks);
		if ('error' in parsed) manualError = parsed.error;
		else manual = parsed.thresholds;
	}
	const method = params.method === 'manual' && !manual ? 'quantile' : params.method;
	const palette: PaletteId = params.palette ?? (measure === 'change' ? 'RdBu' : 'YlGnBu');
	const diverging = measure === 'change' || isDivergingPalette(palette);
	const extent = extentOf(allYears);
	const breaks = computeBreaks(method, allYears, params.classes, manual);
	// Changes are centred on 0: no class mixes decreases and increases.
	const thresholds = diverging ? withZeroThreshold(breaks, extent[0], extent[1]) : breaks;
	const scale = diverging
		? divergingColorScale(thresholds, isDivergingPalette(palette) ? palette : 'RdBu', extent)
		: classColorScale(thresholds, palette);
	const colors = scale.range();

	const maxValue = Math.max(0, ...(allYears.filter((v) => v !== null) as number[]));
	// Circle area proportional to the value: the radius grows with its square root.
	const radius = (value: number) => MAX_RADIUS * Math.sqrt(value / (maxValue || 1));
	const classes = symbols ? [] : legendClasses(scale, values);
	const decimals = distinctDecimals(legendBounds(classes), decimalsFor(present));
	const unit = measureUnit(indicator, request)[lang];
	const format = (v: number) => formatNumber(v, lang, decimals);
	const note = symbols ? null : classCountNote(method, allYears, params.classes, breaks);
	const tie = note?.reason.kind === 'ties' ? note.reason.value : null;
	const classNote = note ? t.classCountNote(note, tie === null ? '' : format(tie), level) : '';
	const placeOf = (o: Observation) =>
		o.level === 'pays'
			? 'France'
			: o.level === 'region' && level !== 'region'
				? (shapes.regionNames.get(o.code) ?? o.code)
				: undefined;
	const previousYear = view.years.filter((y) => y < year).at(-1);
	const previous =
		previousYear === undefined || measure === 'change'
			? undefined
			: measureValues(model, { ...request, year: previousYear }, geo, codes);
	const sourceName = (id: string) => {
		const source = model.sourceById.get(id);
		return source ? `${source.publisher}, ${source.title}` : id;
	};
	const sources = new Set<string>();
	const areas = shapes.areas.map((shape, i): AreaView => {
		const { value, inputs } = measured[i];
		inputs.forEach((o) => sources.add(o.source));
		const before = previous?.[i].value ?? null;
		const changeText =
			value === null || before === null || before === 0 || previousYear === undefined
				? ''
				: t.changeSince(
						formatNumber(((value - before) / Math.abs(before)) * 100, lang, 1),
						previousYear
					);
		return {
			code: shape.code,
			name: shape.name,
			region: shape.region,
			regionName: shapes.regionNames.get(shape.region) ?? shape.region,
			value,
			valueText: value === null ? t.noData : quantityText(value, unit, lang, decimals),
			inputsText: value === null ? '' : inputsText(model, measure, inputs, lang, placeOf),
			fill: value === null || symbols ? null : scale(value),
			classIndex: value === null || symbols ? null : colors.indexOf(scale(value)),
			radius: value === null || !symbols ? 0 : radius(Math.max(0, value)),
			rankInRegion: null,
			rankAll: null,
			changeText,
			sourceText: [...new Set(inputs.map((o) => o.source))].map(sourceName).join(t.semicolon),
			inputs
		};
	});
	rankWithin(areas, level === 'departement');
	const yearsText = yearsTextFor(model, request, lang);
	return {
		title: t.explorerTitle(indicator.label[lang], t.measures[measure], yearsText),
		unit,
		yearsText,
		symbols,
		areas,
		classes,
		sizes: symbols ? sizeLegend(maxValue, radius, format) : [],
		noDataCount: values.length - present.length,
		decimals,
		classNote,
		summary: summarize(areas, lang, (v) => quantityText(v, unit, lang, decimals), level),
		sources: [...sources].sort().map(sourceName),
		sourceIds: [...sources].sort(),
		manualError,
		method,
		level
	};
}

function extentOf(values: (number | null)[]): [number, number] {
	const present = values.filter((v): v is number => v !== null);
	return present.length ? [Math.min(...present), Math.max(...present)] : [0, 0];
}
