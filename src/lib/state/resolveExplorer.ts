import { availableMeasures, type MeasureId } from '../data/measures';
import { yearsOf, type AtlasModel } from '../data/model';
import type { Indicator } from '../data/types';
import { DEFAULT_PARAMS, type ExplorerParams, type MapLevel } from './explorerParams';

/** Why the view shown differs from the view asked for. */
export type Adjustment =
	| { kind: 'unknown-indicator'; value: string }
	| { kind: 'level-switched'; to: MapLevel }
	| { kind: 'measure-unavailable'; value: MeasureId; shown: MeasureId }
	| { kind: 'year-unavailable'; value: number }
	| { kind: 'base-year-unavailable'; value: number };

/** The view as it can be shown with the data at hand. */
export interface ResolvedView {
	params: ExplorerParams;
	indicator: Indicator;
	level: MapLevel;
	measure: MeasureId;
	measures: MeasureId[];
	/** Years of the indicator at the level, ascending. */
	years: number[];
	year: number;
	/** The start of a change; defined for the 'change' measure only. */
	baseYear: number | undefined;
	adjustments: Adjustment[];
}

/**
 * Checks the asked-for view against the data: an indicator that exists only for régions
 * switches the level, an unavailable measure or year falls back, and each change is reported.
 */
export function resolveExplorer(model: AtlasModel, params: ExplorerParams): ResolvedView {
	const adjustments: Adjustment[] = [];
	let indicator = model.indicatorById.get(params.indicator);
	if (!indicator) {
		adjustments.push({ kind: 'unknown-indicator', value: params.indicator });
		indicator = model.indicatorById.get(DEFAULT_PARAMS.indicator) ?? model.indicators[0];
	}
	let level = params.level;
	if (yearsOf(model, indicator.id, level).length === 0) {
		const other: MapLevel = level === 'departement' ? 'region' : 'departement';
		if (yearsOf(model, indicator.id, other).length > 0) {
			level = other;
			adjustments.push({ kind: 'level-switched', to: other });
		}
	}
	const measures = availableMeasures(model, indicator, level);
	let measure = params.measure;
	if (!measures.includes(measure)) {
		// The default measure is replaced silently where it does not apply (e.g. to a share).
		const shown: MeasureId = measures.includes('per10k') ? 'per10k' : 'value';
		if (params.measure !== DEFAULT_PARAMS.measure) {
			adjustments.push({ kind: 'measure-unavailable', value: measure, shown });
		}
		measure = shown;
	}
	const years = yearsOf(model, indicator.id, level);
	let year = years.at(-1) ?? 0;
	if (params.year !== null) {
		if (years.includes(params.year)) year = params.year;
		else adjustments.push({ kind: 'year-unavailable', value: params.year });
	}
	let baseYear: number | undefined;
	if (measure === 'change') {
		// A change needs a year before it: from the first year, measure up to the latest.
		if (years.length > 1 && year === years[0]) year = years[years.length - 1];
		const earlier = years.filter((y) => y < year);
		baseYear = earlier[0];
		if (params.baseYear !== null) {
			if (earlier.includes(params.baseYear)) baseYear = params.baseYear;
			else adjustments.push({ kind: 'base-year-unavailable', value: params.baseYear });
		}
	}
	return { params, indicator, level, measure, measures, years, year, baseYear, adjustments };
}
