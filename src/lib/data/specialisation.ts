import { getObservation, type AtlasModel } from './model';
import type { GeoLevel, Observation } from './types';

/**
 * The total a sector is measured against, for the cluster's trades: establishments of a trade
 * against all establishments of the same URSSAF file, jobs of a sector against all private jobs.
 */
export const SPECIALISATION_TOTALS: Readonly<Record<string, string>> = {
	establishments_2562A_barturning: 'establishments_total',
	establishments_2562B_industrial_mechanics: 'establishments_total',
	establishments_C25_metal_products: 'establishments_total',
	establishments_C28_machinery: 'establishments_total',
	establishments_manufacturing: 'establishments_total',
	establishments_industry: 'establishments_total',
	establishments_sector_industry_dec31: 'establishments_all_sectors_dec31',
	jobs_industry: 'jobs_total_private',
	jobs_manufacturing: 'jobs_total_private',
	jobs_CH_metal: 'jobs_total_private',
	jobs_CK_CL_machinery_transport: 'jobs_total_private',
	jobs_sector_industry_dec31: 'jobs_total_private_dec31'
};

/** The four figures of a location quotient: the area's sector and total, France's sector and total. */
export interface SpecialisationInputs {
	sector: Observation | undefined;
	total: Observation | undefined;
	franceSector: Observation | undefined;
	franceTotal: Observation | undefined;
}

export type SpecialisationRefusal = 'missing' | 'different-sources' | 'different-years' | 'zero';

export type Specialisation =
	| { ok: true; value: number; year: number; source: string; inputs: Observation[] }
	| { ok: false; reason: SpecialisationRefusal; inputs: Observation[] };

/**
 * The location quotient: the area's share of a sector divided by France's share, 1 meaning as
 * specialised as France. Refused (never estimated) when a figure is missing or zero, or when the
 * four figures do not come from one source and one year.
 * @example specialisation({ sector: 10 of 100, total, franceSector: 50 of 1000, … }) // { ok: true, value: 2, … }
 */
export function specialisation(inputs: SpecialisationInputs): Specialisation {
	const all = [inputs.sector, inputs.total, inputs.franceSector, inputs.franceTotal];
	const present = all.filter((o): o is Observation => o !== undefined);
	if (present.length < 4 || present.some((o) => o.value === null)) {
		return { ok: false, reason: 'missing', inputs: present };
	}
	if (new Set(present.map((o) => o.source)).size > 1) {
		return { ok: false, reason: 'different-sources', inputs: present };
	}
	if (new Set(present.map((o) => o.year)).size > 1) {
		return { ok: false, reason: 'different-years', inputs: present };
	}
	const [sector, total, franceSector, franceTotal] = present.map((o) => o.value as number);
	if (total === 0 || franceTotal === 0 || franceSector === 0) {
		return { ok: false, reason: 'zero', inputs: present };
	}
	return {
		ok: true,
		value: sector / total / (franceSector / franceTotal),
		year: present[0].year,
		source: present[0].source,
		inputs: present
	};
}

/**
 * The location quotient of an area for a sector in a year, from the model: the sector's total
 * comes from `SPECIALISATION_TOTALS`; refused when the sector has none.
 * @example specialisationOf(model, 'establishments_2562A_barturning', 'departement', '74', 2021)
 */
export function specialisationOf(
	model: AtlasModel,
	sectorId: string,
	level: GeoLevel,
	code: string,
	year: number
): Specialisation {
	const totalId = SPECIALISATION_TOTALS[sectorId];
	const get = (id: string | undefined, l: GeoLevel, c: string) =>
		id === undefined ? undefined : getObservation(model, id, l, c, year);
	return specialisation({
		sector: get(sectorId, level, code),
		total: get(totalId, level, code),
		franceSector: get(sectorId, 'pays', 'FR'),
		franceTotal: get(totalId, 'pays', 'FR')
	});
}
