import { getObservation, nearestYear, yearsOf, type AtlasModel } from './model';
import { SPECIALISATION_TOTALS, specialisationOf } from './specialisation';
import type { GeoLevel, Indicator, Localized, Observation } from './types';

export type MeasureId =
	| 'value'
	| 'per10k'
	| 'per1kJobs'
	| 'shareRegion'
	| 'shareFrance'
	| 'density'
	| 'change'
	| 'specialisation';

export const MEASURE_IDS: MeasureId[] = [
	'value',
	'per10k',
	'per1kJobs',
	'shareRegion',
	'shareFrance',
	'density',
	'change',
	'specialisation'
];

/** Geography a measure may need beyond the data: the région of each département. */
export interface GeoFacts {
	regionOf: Map<string, string>;
}

export interface MeasureRequest {
	indicator: Indicator;
	measure: MeasureId;
	level: GeoLevel;
	year: number;
	/** The year a change is measured from. */
	baseYear?: number;
}

export interface MeasuredValue {
	code: string;
	/** null is "no data": a missing input or a zero denominator, never a zero. */
	value: number | null;
	/** The observations the value was computed from, numerator first. */
	inputs: Observation[];
}

const POPULATION = 'population';
/**
 * The land area in km², as a data series with its source (INSEE's official areas, for instance):
 * density is offered only where it is in data/, never from areas measured on the map's outline.
 */
export const LAND_AREA = 'land_area_km2';
const JOB_TOTALS = new Set(['jobs_total_private', 'jobs_total_private_dec31']);

/** URSSAF's seasonally adjusted end-of-Q4 series (the others are raw 31 December headcounts). */
const ADJUSTED_JOBS = new Set([
	'jobs_industry',
	'jobs_manufacturing',
	'jobs_total_private',
	'jobs_CH_metal',
	'jobs_CK_CL_machinery_transport'
]);

/**
 * The private-jobs total a count is divided by, of the same kind as the count: the adjusted
 * end-of-Q4 total for adjusted series and for régions, the raw 31 December headcount otherwise
 * (the two differ by 2 to 13 % in ski départements and are never mixed).
 * @example jobsDenominator('departement', 'jobs_industry') // 'jobs_total_private'
 */
export function jobsDenominator(level: GeoLevel, indicatorId: string): string {
	if (level !== 'departement' || ADJUSTED_JOBS.has(indicatorId)) return 'jobs_total_private';
	return 'jobs_total_private_dec31';
}

/** The indicator a ratio divides by, if the measure is a ratio to another indicator. */
export function denominatorOf(
	measure: MeasureId,
	level: GeoLevel,
	indicatorId: string
): string | undefined {
	if (measure === 'per10k') return POPULATION;
	if (measure === 'per1kJobs') return jobsDenominator(level, indicatorId);
	if (measure === 'density') return LAND_AREA;
	return undefined;
}

/**
 * The measures that make sense for an indicator at a level and for which the data exist.
 * Ratios and shares apply to counts only; a change needs two years.
 */
export function availableMeasures(
	model: AtlasModel,
	indicator: Indicator,
	level: GeoLevel
): MeasureId[] {
	const has = (id: string, at: GeoLevel) => yearsOf(model, id, at).length > 0;
	const count = indicator.kind === 'count';
	const ok: Record<MeasureId, boolean> = {
		value: has(indicator.id, level),
		per10k: count && indicator.id !== POPULATION && has(POPULATION, level),
		per1kJobs:
			count &&
			indicator.group !== 'population' &&
			!JOB_TOTALS.has(indicator.id) &&
			!indicator.id.startsWith('jobs_all_sectors') &&
			has(jobsDenominator(level, indicator.id), level),
		shareRegion: count && level === 'departement' && has(indicator.id, 'region'),
		shareFrance: count && has(indicator.id, 'pays'),
		density: count && indicator.id !== LAND_AREA && has(LAND_AREA, level),
		change: yearsOf(model, indicator.id, level).length >= 2,
		specialisation: count && specialisationValid(model, indicator.id, level)
	};
	return ok.value ? MEASURE_IDS.filter((id) => ok[id]) : [];
}

/**
 * Whether the specialisation index can be offered for a sector at a level: in its latest year,
 * some area's sector, total and France's two figures come from one publication and one year.
 * (Département jobs are refused: their total and France's are two URSSAF publications.)
 */
function specialisationValid(model: AtlasModel, id: string, level: GeoLevel): boolean {
	if (!SPECIALISATION_TOTALS[id]) return false;
	const year = yearsOf(model, id, level).at(-1);
	if (year === undefined) return false;
	return model.observations.some(
		(o) =>
			o.indicator === id &&
			o.level === level &&
			o.year === year &&
			specialisationOf(model, id, level, o.code, year).ok
	);
}

/** The year of the denominator: the same year where it exists, otherwise the nearest. */
export function denominatorYear(model: AtlasModel, request: MeasureRequest): number | undefined {
	const denominator = denominatorOf(request.measure, request.level, request.indicator.id);
	if (!denominator) return undefined;
	return nearestYear(yearsOf(model, denominator, request.level), request.year);
}

/**
 * Computes one measure for some areas.
 * @example measureValues(model, { indicator, measure: 'per10k', level: 'departement', year: 2021 }, geo, ['74'])
 * // [{ code: '74', value: 32.5, inputs: [establishments 2021, population 2023] }]
 */
export function measureValues(
	model: AtlasModel,
	request: MeasureRequest,
	geo: GeoFacts,
	codes: string[]
): MeasuredValue[] {
	const { indicator, measure, level, year } = request;
	const get = (id: string, at: GeoLevel, code: string, y: number | undefined) =>
		y === undefined ? undefined : getObservation(model, id, at, code, y);
	const otherYear = denominatorYear(model, request);
	return codes.map((code) => {
		const numerator = get(indicator.id, level, code, year);
		let denominator: Observation | undefined;
		let factor = 1;
		switch (measure) {
			case 'specialisation': {
				const result = specialisationOf(model, indicator.id, level, code, year);
				return { code, value: result.ok ? result.value : null, inputs: result.inputs };
			}
			case 'value':
				return { code, value: numerator?.value ?? null, inputs: numerator ? [numerator] : [] };
			case 'per10k':
			case 'per1kJobs':
			case 'density':
				denominator = get(denominatorOf(measure, level, indicator.id) ?? '', level, code, otherYear);
				factor = measure === 'per10k' ? 10_000 : measure === 'per1kJobs' ? 1_000 : 100;
				break;
			case 'shareRegion':
				denominator = get(indicator.id, 'region', geo.regionOf.get(code) ?? '', year);
				factor = 100;
				break;
			case 'shareFrance':
				denominator = get(indicator.id, 'pays', 'FR', year);
				factor = 100;
				break;
			case 'change':
				denominator = get(indicator.id, level, code, request.baseYear);
				break;
		}
		const divisor = denominator?.value;
		const inputs = [numerator, denominator].filter((o): o is Observation => o !== undefined);
		const n = numerator?.value ?? null;
		if (n === null || divisor === null || divisor === undefined || divisor === 0) {
			return { code, value: null, inputs };
		}
		const value = measure === 'change' ? ((n - divisor) / divisor) * 100 : (n / divisor) * factor;
		return { code, value, inputs };
	});
}

/** The unit of a measure, in words, from the indicator's own unit. */
export function measureUnit(indicator: Indicator, request: Pick<MeasureRequest, 'measure' | 'baseYear'>): Localized {
	const unit = indicator.unit;
	switch (request.measure) {
		case 'value':
			return unit;
		case 'per10k':
			return { fr: `${unit.fr} pour 10 000 hab.`, en: `${unit.en} per 10,000 inhabitants` };
		case 'per1kJobs':
			return { fr: `${unit.fr} pour 1 000 emplois salariés privés`, en: `${unit.en} per 1,000 private jobs` };
		case 'shareRegion':
			return { fr: '% du total de la région', en: '% of the région’s total' };
		case 'shareFrance':
			return { fr: '% du total de la France', en: '% of France’s total' };
		case 'density':
			return { fr: `${unit.fr} pour 100 km²`, en: `${unit.en} per 100 km²` };
		case 'change':
			return { fr: `% d’évolution depuis ${request.baseYear}`, en: `% change since ${request.baseYear}` };
		case 'specialisation':
			return { fr: 'indice (1 = comme la France)', en: 'index (1 = as in France)' };
	}
}
