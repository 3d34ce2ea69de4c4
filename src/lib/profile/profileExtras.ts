import { yearsOf, type AtlasModel } from '../data/model';
import {
	SPECIALISATION_TOTALS,
	specialisationOf,
	type Specialisation
} from '../data/specialisation';
import type { GeoLevel } from '../data/types';

/** A figure older than this many years before the newest in the atlas is flagged as old. */
export const OLD_AFTER_YEARS = 6;

/**
 * Whether a figure is old enough to be flagged with its year (R&D 2009 and 2017 are).
 * @example isOldFigure(2017, 2025) // true
 * @example isOldFigure(2019, 2025) // false
 */
export function isOldFigure(year: number | null, newestYear: number): boolean {
	return year !== null && newestYear - year > OLD_AFTER_YEARS;
}

/** The newest year of any figure in the atlas. */
export function newestYear(model: AtlasModel): number {
	return Math.max(...[...model.years.values()].map((years) => years.at(-1) ?? 0));
}

/** The specialisation index of one of the cluster's trades, at its latest year at a level. */
export interface SpecialisationRow {
	sector: string;
	year: number;
	result: Specialisation;
}

/**
 * The specialisation index of an area in each of the cluster's trades that has data at its
 * level, at the sector's latest year: computed, or refused with its reason.
 * @example specialisationRows(model, 'departement', '74')[0] // { sector: 'establishments_2562A_barturning', year: 2021, result: { ok: true, value: 30.1, … } }
 */
export function specialisationRows(
	model: AtlasModel,
	level: GeoLevel,
	code: string
): SpecialisationRow[] {
	return Object.keys(SPECIALISATION_TOTALS).flatMap((sector) => {
		const year = yearsOf(model, sector, level).at(-1);
		if (year === undefined) return [];
		return [{ sector, year, result: specialisationOf(model, sector, level, code, year) }];
	});
}

/**
 * Footnote numbers of the sources of a page, in their order of first use.
 * @example footnoteNumbers(['a', 'b', 'a', null]) // Map { 'a' => 1, 'b' => 2 }
 */
export function footnoteNumbers(ids: readonly (string | null | undefined)[]): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const id of ids) if (id && !numbers.has(id)) numbers.set(id, numbers.size + 1);
	return numbers;
}
