import { getObservation, yearsOf, type AtlasModel } from './model';
import type { GeoLevel, Indicator, Observation } from './types';

export interface ProfileRow {
	indicator: Indicator;
	/** The latest observation with a value; undefined when the area has none. */
	latest: Observation | undefined;
}

/**
 * Every indicator that exists at a level, with the area's latest figure, in the data package's
 * order (grouped by theme). An indicator with no figure for the area is kept, as "no data".
 */
export function areaProfile(model: AtlasModel, level: GeoLevel, code: string): ProfileRow[] {
	return model.indicators
		.filter((indicator) => yearsOf(model, indicator.id, level).length > 0)
		.map((indicator) => {
			const years = yearsOf(model, indicator.id, level);
			let latest: Observation | undefined;
			for (let i = years.length - 1; i >= 0 && !latest; i--) {
				const o = getObservation(model, indicator.id, level, code, years[i]);
				if (o && o.value !== null) latest = o;
			}
			return { indicator, latest };
		});
}
