import { buildAtlasModel, getObservation, yearsOf, type AtlasModel } from '../data/model';
import type { Observation } from '../data/types';

import {
	hasTerritory,
	markWithTerritory,
	TERRITORY_CODE,
	TERRITORY_REGIONS
} from './territoryArea';

export { hasTerritory, TERRITORY_CODE, TERRITORY_NAME, TERRITORY_REGIONS } from './territoryArea';

/** The file named by the territory's figures: they are sums, not rows of a file. */
export const TERRITORY_FILE = 'territoire CIMES (somme AURA + NA)';

// Float sums of one-decimal figures (7,0 + 2,4) must not print as 9,399999.
const cleanSum = (a: number, b: number) => Number((a + b).toFixed(9));

/**
 * The territory's figures: for each count indicator and each year where both régions have a
 * figure, their sum. Shares and rates are never summed nor averaged; a year where either région
 * lacks the figure gives nothing (no data), never a partial sum.
 * @example territoryObservations(model).find((o) => o.indicator === 'jobs_industry' && o.year === 2025)?.value
 * // AURA's 504 637 + NA's 259 814 = 764 451
 */
export function territoryObservations(model: AtlasModel): Observation[] {
	const out: Observation[] = [];
	for (const indicator of model.indicators) {
		if (indicator.kind !== 'count') continue;
		for (const year of yearsOf(model, indicator.id, 'region')) {
			const parts = TERRITORY_REGIONS.map((code) =>
				getObservation(model, indicator.id, 'region', code, year)
			);
			const [a, b] = parts;
			if (!a || !b || a.value === null || b.value === null) continue;
			// The two régions' figures come from one publication; if not, the first source is named.
			out.push({
				level: 'region',
				code: TERRITORY_CODE,
				indicator: indicator.id,
				year,
				value: cleanSum(a.value, b.value),
				source: a.source,
				file: TERRITORY_FILE,
				row: 0
			});
		}
	}
	return out;
}

/**
 * The model with the territory as one more area at the région level (code `TERRITORY_CODE`), so
 * that every measure (per inhabitant, per job, share of France, change) is computed from its sums.
 * The explorer's model is left as it is: the territory has no shape on the map.
 */
export function withTerritory(model: AtlasModel): AtlasModel {
	if (hasTerritory(model)) return model;
	const extended = buildAtlasModel({
		datapackage: model.datapackage,
		topology: model.topology,
		observations: [...model.observations, ...territoryObservations(model)],
		issues: model.issues,
		loaded: model.loaded
	});
	markWithTerritory(extended);
	return extended;
}
