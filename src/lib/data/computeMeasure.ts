import { getObservation, nearestYear, yearsOf, type AtlasModel } from './model';
import type { MapMeasure } from './mapMeasures';
import type { GeoLevel, Observation } from './types';

export interface MeasuredArea {
	code: string;
	/** null is "no data": a missing numerator or denominator, or a zero denominator. */
	value: number | null;
	numerator?: Observation;
	denominator?: Observation;
}

export interface MeasuredMap {
	year: number | undefined;
	/** The denominator's year: the same as `year` where it exists, otherwise the nearest. */
	denominatorYear: number | undefined;
	areas: MeasuredArea[];
	/** Every source behind the mapped values. */
	sources: string[];
}

/**
 * Computes a measure for some areas at the latest year of its numerator. A ratio takes the
 * denominator of the same year if it exists, otherwise of the nearest year, and says which.
 */
export function computeMeasure(
	model: AtlasModel,
	measure: MapMeasure,
	level: GeoLevel,
	codes: string[]
): MeasuredMap {
	const year = yearsOf(model, measure.numerator, level).at(-1);
	const denominatorYear =
		measure.denominator && year !== undefined
			? nearestYear(yearsOf(model, measure.denominator, level), year)
			: undefined;
	const areas = codes.map((code): MeasuredArea => {
		const numerator = year === undefined ? undefined : getObservation(model, measure.numerator, level, code, year);
		if (!measure.denominator) {
			const value = numerator?.value ?? null;
			return { code, value: value === null ? null : value * measure.factor, numerator };
		}
		const denominator =
			denominatorYear === undefined
				? undefined
				: getObservation(model, measure.denominator, level, code, denominatorYear);
		const n = numerator?.value ?? null;
		const d = denominator?.value ?? null;
		const value = n === null || d === null || d === 0 ? null : (n / d) * measure.factor;
		return { code, value, numerator, denominator };
	});
	const sources = new Set<string>();
	for (const area of areas) {
		if (area.numerator) sources.add(area.numerator.source);
		if (area.denominator) sources.add(area.denominator.source);
	}
	return { year, denominatorYear, areas, sources: [...sources].sort() };
}
