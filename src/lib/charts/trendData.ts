import { getObservation, yearsOf } from '../data/model';
import type { Indicator, Observation } from '../data/types';
import { compareMessages } from '../i18n/compareMessages';
import type { TrendMode } from '../state/compareParams';
import type { ResolvedCompare } from '../state/resolveCompare';
import { areaRef, refOfKey, type AreaRef, type CompareContext } from './areas';
import { decimalsOf, valueText } from './chartText';
import { colorOf } from './colors';

/** One year of a line: `value` is what is drawn (raw or index), null is a gap, never a zero. */
export interface TrendPoint {
	year: number;
	value: number | null;
	raw: number | null;
	valueText: string;
}

export interface TrendSeries extends AreaRef {
	color: string;
	/** Régions and France are drawn thicker than départements; France dashed. */
	strokeWidth: number;
	dash: string | null;
	points: TrendPoint[];
	inputs: Observation[];
}

export interface TrendData {
	title: string;
	indicator: Indicator;
	mode: TrendMode;
	/** The year at 100 in index mode; null in absolute mode or without any data. */
	baseYear: number | null;
	/** Years that may serve as the base: those with at least one value. */
	baseYears: number[];
	unit: string;
	years: number[];
	series: TrendSeries[];
	notes: string[];
}

/**
 * The lines a trend shows: the régions shown (AURA, NA and those added), France when shown,
 * then the selected régions and départements, each once.
 * @example trendAreas(ctx, view).map((a) => a.key) // ['r84', 'r75', 'FR', '69']
 */
export function trendAreas(ctx: CompareContext, view: ResolvedCompare): AreaRef[] {
	const areas = view.regions.map((code) => areaRef(ctx, 'region', code));
	if (view.france) areas.push(areaRef(ctx, 'pays', 'FR'));
	const selected = view.selection.map((key) => refOfKey(ctx, key));
	const byLevel = (level: string) =>
		selected.filter((a): a is AreaRef => a !== undefined && a.level === level);
	for (const area of [...byLevel('pays'), ...byLevel('region'), ...byLevel('departement')]) {
		if (!areas.some((a) => a.key === area.key)) areas.push(area);
	}
	return areas;
}

/**
 * The lines of a trend chart: each area's figures for every year of the indicator at its level.
 * A year without a figure is a gap (null). In index mode each line is divided by its own value at
 * the base year (× 100); a line without a value that year cannot be indexed and is left empty,
 * with a note. The default base is the first year every line (two years or more) has a value.
 * @example trendData(ctx, { indicator, mode: 'index', baseYear: null, areas }).series[0].points[0]
 * // { year: 1998, value: 100, raw: 576 123, valueText: '100 indice, base 100 en 1998' }
 */
export function trendData(
	ctx: CompareContext,
	request: { indicator: Indicator; mode: TrendMode; baseYear: number | null; areas: AreaRef[] }
): TrendData {
	const t = compareMessages[ctx.lang];
	const { indicator, mode, areas } = request;
	const raw = areas.map((area) => {
		const observations = yearsOf(ctx.model, indicator.id, area.level)
			.map((y) => getObservation(ctx.model, indicator.id, area.level, area.code, y))
			.filter((o): o is Observation => o !== undefined && o.value !== null);
		return { area, observations, byYear: new Map(observations.map((o) => [o.year, o.value])) };
	});
	// Every year of the indicator at the levels shown: a year an area lacks is a gap in its line.
	const withValues = new Set(raw.flatMap((r) => r.observations.map((o) => o.year)));
	const levels = [...new Set(areas.map((a) => a.level))];
	const years = [...new Set(levels.flatMap((l) => yearsOf(ctx.model, indicator.id, l)))]
		.filter((y) => y >= Math.min(...withValues) && y <= Math.max(...withValues))
		.sort((a, b) => a - b);
	const baseYears = years.filter((y) => withValues.has(y));
	const withData = raw.filter((r) => r.observations.length > 0);
	const notes: string[] = [];
	const missing = raw.filter((r) => r.observations.length === 0).map((r) => r.area.name);
	if (missing.length) notes.push(t.trendNoData(missing.join(', ')));
	const single = withData.filter((r) => r.observations.length === 1).map((r) => r.area.name);
	if (single.length) notes.push(t.trendSinglePoint(single.join(', ')));

	let baseYear: number | null = null;
	if (mode === 'index' && baseYears.length > 0) {
		// Lines (two points or more) decide the default base; a lone point cannot be a line anyway.
		const lines = withData.filter((r) => r.observations.length >= 2);
		const common = baseYears.find((y) =>
			(lines.length ? lines : withData).every((r) => r.byYear.has(y))
		);
		baseYear = common ?? baseYears[0];
		if (request.baseYear !== null) {
			if (baseYears.includes(request.baseYear)) baseYear = request.baseYear;
			else notes.push(t.baseUnavailable(request.baseYear, baseYear));
		}
		const unindexed = withData.filter((r) => !r.byYear.get(baseYear as number));
		if (unindexed.length) {
			notes.push(t.noBaseValue(unindexed.map((r) => r.area.name).join(', '), baseYear));
		}
	}
	const unit =
		mode === 'index' && baseYear !== null ? t.indexUnit(baseYear) : indicator.unit[ctx.lang];
	const drawn = (r: (typeof raw)[number], year: number) => {
		const value = r.byYear.get(year) ?? null;
		if (baseYear === null || value === null) return { raw: value, value };
		const base = r.byYear.get(baseYear);
		return { raw: value, value: base ? (value / base) * 100 : null };
	};
	const values = raw.flatMap((r) => years.map((y) => drawn(r, y).value));
	const decimals = mode === 'index' ? 1 : decimalsOf(values);
	const series = raw.map((r): TrendSeries => {
		const emphasis = r.area.level !== 'departement';
		return {
			...r.area,
			color: colorOf(r.area),
			strokeWidth: emphasis ? 2.5 : 1.5,
			dash: r.area.level === 'pays' ? '6 3' : null,
			points: years.map((year) => {
				const p = drawn(r, year);
				return { year, ...p, valueText: valueText(p.value, unit, ctx.lang, decimals) };
			}),
			inputs: r.observations
		};
	});
	const span = years.length ? t.yearSpan(years[0], years[years.length - 1]) : '—';
	return {
		title: t.trendTitle(indicator.label[ctx.lang], mode === 'index' ? baseYear : null, span),
		indicator,
		mode,
		baseYear,
		baseYears,
		unit,
		years,
		series,
		notes
	};
}
