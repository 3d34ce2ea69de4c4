import { FOCUS_REGIONS, refOfKey, type CompareContext } from '../charts/areas';
import { availableMeasures, measureUnit, type MeasureId } from '../data/measures';
import { yearsOf, type AtlasModel } from '../data/model';
import type { GeoLevel, Indicator } from '../data/types';
import {
	DEFAULT_COMPARE,
	type CompareParams,
	type IndicatorMeasure,
	type MapsMode
} from './compareParams';
import type { MapLevel } from './explorerParams';
import { hasTerritory, TERRITORY_CODE } from '../territory/territoryArea';

/** Why what is shown differs from what the URL asks for. */
export type CompareAdjustment =
	| { kind: 'unknown-indicator'; param: string; value: string }
	| { kind: 'measure-unavailable'; param: string; value: MeasureId }
	| { kind: 'year-unavailable'; param: string; value: number }
	| { kind: 'level-switched' }
	| { kind: 'unknown-area'; value: string }
	| { kind: 'no-series'; value: string }
	| { kind: 'maps-unavailable'; value: MapsMode }
	| { kind: 'scatter-regions' };

export interface ResolvedPair {
	indicator: Indicator;
	measure: MeasureId;
}

/** The view of /compare as the data can show it. */
export interface ResolvedCompare {
	params: CompareParams;
	indicator: Indicator;
	/** Départements, or régions for an indicator that exists only by région. */
	level: MapLevel;
	measures: MeasureId[];
	measure: MeasureId;
	/** Years of the indicator at the level, ascending. */
	years: number[];
	year: number;
	/** The second year (before or after `year`); for a change, its start. */
	year2: number | undefined;
	/** Régions shown: AURA, NA, then the others added. */
	regions: string[];
	france: boolean;
	selection: string[];
	trend: { indicator: Indicator; choices: Indicator[] };
	scatter: { x: ResolvedPair; y: ResolvedPair; level: MapLevel };
	maps: { mode: MapsMode | null; modes: MapsMode[]; indicator2?: Indicator; choices: Indicator[] };
	adjustments: CompareAdjustment[];
}

const hasData = (model: AtlasModel, id: string, level: GeoLevel) =>
	yearsOf(model, id, level).length > 0;

/** Indicators with a series (two years or more) at some level: what a trend can draw. * @example seriesIndicators(model).map((i) => i.id) // ['jobs_industry', …, 'jobseekers_abc']
 */
export function seriesIndicators(model: AtlasModel): Indicator[] {
	const levels: GeoLevel[] = ['departement', 'region', 'pays'];
	return model.indicators.filter((i) => levels.some((l) => yearsOf(model, i.id, l).length >= 2));
}

function indicatorOf(
	ctx: Pick<CompareContext, 'model'>,
	id: string,
	param: string,
	fallback: string,
	adjustments: CompareAdjustment[]
): Indicator {
	const found = ctx.model.indicatorById.get(id);
	if (found) return found;
	adjustments.push({ kind: 'unknown-indicator', param, value: id });
	return ctx.model.indicatorById.get(fallback) ?? ctx.model.indicators[0];
}

function scatterOf(
	ctx: Omit<CompareContext, 'lang'>,
	params: CompareParams,
	out: CompareAdjustment[]
) {
	const pick = (asked: IndicatorMeasure, fallback: IndicatorMeasure, param: string) => {
		const indicator = indicatorOf(ctx, asked.indicator, param, fallback.indicator, out);
		return { indicator, measure: asked.measure, param };
	};
	const x = pick(params.x, DEFAULT_COMPARE.x, 'x');
	const y = pick(params.y, DEFAULT_COMPARE.y, 'y');
	const fits = (level: MapLevel) =>
		[x, y].every((p) => availableMeasures(ctx.model, p.indicator, level).length > 0);
	const level: MapLevel = fits('departement') ? 'departement' : 'region';
	if (level === 'region') out.push({ kind: 'scatter-regions' });
	const measureOf = (p: typeof x): ResolvedPair => {
		const measures = availableMeasures(ctx.model, p.indicator, level);
		if (measures.includes(p.measure) && p.measure !== 'change') return p;
		out.push({ kind: 'measure-unavailable', param: p.param, value: p.measure });
		return { indicator: p.indicator, measure: measures.includes('per10k') ? 'per10k' : 'value' };
	};
	return { x: measureOf(x), y: measureOf(y), level };
}

/**
 * Checks the asked-for view of /compare against the data: unknown indicators, measures, years and
 * areas fall back to what exists, and each change is reported for the page to say so.
 * @example resolveCompare(ctx, readCompareParams(new URLSearchParams('year=1066')).params).adjustments
 * // [{ kind: 'year-unavailable', param: 'year', value: 1066 }]
 */
export function resolveCompare(
	ctx: Omit<CompareContext, 'lang'>,
	params: CompareParams
): ResolvedCompare {
	const { model } = ctx;
	const out: CompareAdjustment[] = [];
	const indicator = indicatorOf(ctx, params.indicator, 'indicator', DEFAULT_COMPARE.indicator, out);
	const level: MapLevel = hasData(model, indicator.id, 'departement') ? 'departement' : 'region';
	if (level === 'region') out.push({ kind: 'level-switched' });
	const measures = availableMeasures(model, indicator, level);
	let measure = params.measure;
	if (!measures.includes(measure)) {
		if (measure !== DEFAULT_COMPARE.measure) {
			out.push({ kind: 'measure-unavailable', param: 'measure', value: measure });
		}
		measure = measures.includes('per10k') ? 'per10k' : 'value';
	}
	const years = yearsOf(model, indicator.id, level);
	let year = years.at(-1) ?? 0;
	if (params.year !== null) {
		if (years.includes(params.year)) year = params.year;
		else out.push({ kind: 'year-unavailable', param: 'year', value: params.year });
	}
	let year2 = params.year2 !== null && params.year2 !== year ? params.year2 : undefined;
	if (year2 !== undefined && !years.includes(year2)) {
		out.push({ kind: 'year-unavailable', param: 'vs', value: year2 });
		year2 = undefined;
	}
	if (measure === 'change') {
		if (year === years[0]) year = years.at(-1) ?? year;
		if (year2 === undefined || year2 > year) year2 = years.find((y) => y < year);
	}

	const regions: string[] = [...FOCUS_REGIONS];
	if (hasTerritory(model)) regions.push(TERRITORY_CODE);
	let france = false;
	for (const code of params.added) {
		if (code === 'FR') france = true;
		else if (ctx.names.region.has(code)) {
			if (!regions.includes(code)) regions.push(code);
		} else out.push({ kind: 'unknown-area', value: code });
	}
	const selection = params.selection.filter((key) => {
		const known = refOfKey({ ...ctx, lang: 'fr' }, key) !== undefined;
		if (!known) out.push({ kind: 'unknown-area', value: key });
		return known;
	});

	const choices = seriesIndicators(model);
	let trendIndicator = indicatorOf(
		ctx,
		params.trendIndicator,
		'trend',
		DEFAULT_COMPARE.trendIndicator,
		out
	);
	if (!choices.includes(trendIndicator)) {
		out.push({ kind: 'no-series', value: trendIndicator.id });
		trendIndicator = model.indicatorById.get(DEFAULT_COMPARE.trendIndicator) ?? choices[0];
	}

	const unit = (i: Indicator) => measureUnit(i, { measure, baseYear: year2 }).fr;
	const mapChoices = model.indicators.filter(
		(i) =>
			i.id !== indicator.id &&
			availableMeasures(model, i, level).includes(measure) &&
			unit(i) === unit(indicator)
	);
	const modes: MapsMode[] = [];
	if (level === 'departement') modes.push('regions');
	if (years.length >= 2 && measure !== 'change') modes.push('years');
	if (mapChoices.length > 0) modes.push('indicators');
	const mode = modes.includes(params.maps) ? params.maps : (modes[0] ?? null);
	if (mode !== params.maps && params.maps !== DEFAULT_COMPARE.maps) {
		out.push({ kind: 'maps-unavailable', value: params.maps });
	}
	let indicator2 = mapChoices.find((i) => i.id === params.mapIndicator);
	if (!indicator2 && params.mapIndicator !== null && mode === 'indicators') {
		out.push({ kind: 'unknown-indicator', param: 'map2', value: params.mapIndicator });
	}
	indicator2 ??= mapChoices[0];

	return {
		params,
		indicator,
		level,
		measures,
		measure,
		years,
		year,
		year2,
		regions,
		france,
		selection,
		trend: { indicator: trendIndicator, choices },
		scatter: scatterOf(ctx, params, out),
		maps: { mode, modes, indicator2, choices: mapChoices },
		adjustments: out
	};
}
