import { rankAmong } from '../map/viewHelpers';
import { measureUnit, measureValues, type MeasureId } from '../data/measures';
import type { GeoLevel, Indicator, Observation } from '../data/types';
import { areaRef, type AreaRef, type CompareContext } from './areas';
import { decimalsOf, valueText, yearsTextFor } from './chartText';
import { colorOf } from './colors';

/** One bar: an area's value for one measure and year, with its inputs (for sources). */
export interface BarDatum extends AreaRef {
	color: string;
	value: number | null;
	valueText: string;
	yearsText: string;
	inputs: Observation[];
	/** 1 = highest value; null without a value. */
	rank: number | null;
}

interface Request {
	indicator: Indicator;
	measure: MeasureId;
	year: number;
	baseYear?: number;
}

/**
 * Measures one request for some areas (all of one level), with colours, ranks (1 = highest) and
 * texts in the reader's language; null is "pas de données", never zero.
 * @example measureAreas(ctx, { indicator, measure: 'per10k', year: 2021 }, 'region', ['84'])[0].valueText
 * // '26,4 établissements pour 10 000 hab.'
 */
export function measureAreas(
	ctx: CompareContext,
	request: Request,
	level: GeoLevel,
	codes: readonly string[],
	decimals?: number
): BarDatum[] {
	const measured = measureValues(ctx.model, { ...request, level }, ctx.geo, [...codes]);
	const unit = measureUnit(request.indicator, request)[ctx.lang];
	const places = decimals ?? decimalsOf(measured.map((m) => m.value));
	const yearsText = yearsTextFor(ctx.model, { ...request, level }, ctx.lang);
	const values = measured.map((m) => m.value);
	return measured.map((m) => {
		const area = areaRef(ctx, level, m.code);
		const rank = m.value === null ? null : rankAmong(m.value, values);
		const text = valueText(m.value, unit, ctx.lang, places);
		return {
			...area,
			color: colorOf(area),
			value: m.value,
			valueText: text,
			yearsText,
			inputs: m.inputs,
			rank
		};
	});
}

/**
 * Whether a figure of a whole région or of France reads on the same axis as its parts: ratios,
 * densities, changes and rates do; counts and shares of a total do not.
 * @example isIntensive(indicator, 'per10k') // true; isIntensive(count, 'value') // false
 */
export function isIntensive(indicator: Indicator, measure: MeasureId): boolean {
	if (measure === 'value') return indicator.kind !== 'count';
	return measure !== 'shareRegion' && measure !== 'shareFrance';
}
