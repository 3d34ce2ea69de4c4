import type { Topology } from 'topojson-specification';
import type { DataPackage } from './schema';
import type { DataIssue, GeoLevel, Indicator, Observation, Source } from './types';

/** Everything the views need, built once per load; data flows from here to the views only. */
export interface AtlasModel {
	title: string;
	datapackage: DataPackage;
	/** The resources (CSV files) loaded so far. */
	loaded: string[];
	/** Indicators whose rows are all here though their file is not loaded (a first view's). */
	preloaded: string[];
	indicators: Indicator[];
	indicatorById: Map<string, Indicator>;
	sourceById: Map<string, Source>;
	observations: Observation[];
	issues: DataIssue[];
	topology: Topology;
	/** Observation by `indicator|level|code|year`. */
	index: Map<string, Observation>;
	/** Years with at least one row, ascending, by `indicator|level`. */
	years: Map<string, number[]>;
}

const keyOf = (indicator: string, level: GeoLevel, code: string, year: number) =>
	`${indicator}|${level}|${code}|${year}`;

export function buildAtlasModel(input: {
	datapackage: DataPackage;
	topology: Topology;
	observations: Observation[];
	issues: DataIssue[];
	loaded?: string[];
	preloaded?: string[];
}): AtlasModel {
	const { datapackage, topology, observations, issues } = input;
	const index = new Map(observations.map((o) => [keyOf(o.indicator, o.level, o.code, o.year), o]));
	const yearSets = new Map<string, Set<number>>();
	for (const o of observations) {
		const key = `${o.indicator}|${o.level}`;
		if (!yearSets.has(key)) yearSets.set(key, new Set());
		yearSets.get(key)?.add(o.year);
	}
	const years = new Map([...yearSets].map(([key, set]) => [key, [...set].sort((a, b) => a - b)]));
	return {
		title: datapackage.title,
		datapackage,
		loaded: input.loaded ?? datapackage.resources.map((r) => r.name),
		preloaded: input.preloaded ?? [],
		indicators: datapackage.indicators,
		indicatorById: new Map(datapackage.indicators.map((i) => [i.id, i])),
		sourceById: new Map(datapackage.sources.map((s) => [s.id, s])),
		observations,
		issues,
		topology,
		index,
		years
	};
}

export function getObservation(
	model: AtlasModel,
	indicator: string,
	level: GeoLevel,
	code: string,
	year: number
): Observation | undefined {
	return model.index.get(keyOf(indicator, level, code, year));
}

/** The years for which an indicator has at least one row at a level, ascending. */
export function yearsOf(model: AtlasModel, indicator: string, level: GeoLevel): number[] {
	return model.years.get(`${indicator}|${level}`) ?? [];
}

/** The year in `years` closest to `target`, the earlier one on a tie; undefined if none. */
export function nearestYear(years: number[], target: number): number | undefined {
	let best: number | undefined;
	for (const year of years) {
		const distance = Math.abs(year - target);
		if (best === undefined || distance < Math.abs(best - target)) best = year;
	}
	return best;
}

/** The resources a view needs that are not loaded yet: the indicator's own, and a ratio's. */
export function missingResources(model: AtlasModel, indicatorIds: string[]): string[] {
	const needed = new Set(
		indicatorIds
			.filter((id) => !model.preloaded.includes(id))
			.map((id) => model.indicatorById.get(id)?.resource)
			.filter((r) => r !== undefined)
	);
	return [...needed].filter((name) => !model.loaded.includes(name));
}
