import type { Observation } from '../data/types';
import type { ExportRow } from './toCsv';

/**
 * The year, numerator and denominator of an exported value from the observations it was
 * computed from (numerator first): a count alone gives only its year; a rate or share gives
 * both figures and the denominator's year.
 * @example rowParts([{ year: 2021, value: 120, … }, { year: 2023, value: 60000, … }])
 * // { year: 2021, numerator: 120, denominator: 60000, denominatorYear: 2023 }
 */
export function rowParts(
	inputs: readonly Pick<Observation, 'year' | 'value'>[],
	isRate: boolean
): Pick<ExportRow, 'year' | 'numerator' | 'denominator' | 'denominatorYear'> {
	const [top, bottom] = inputs;
	if (!top) return { year: null };
	if (!isRate || !bottom) return { year: top.year };
	return {
		year: top.year,
		numerator: top.value,
		denominator: bottom.value,
		denominatorYear: bottom.year
	};
}
