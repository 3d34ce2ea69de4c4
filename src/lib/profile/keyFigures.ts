import { getObservation, nearestYear, yearsOf, type AtlasModel } from '../data/model';
import { specialisation, type Specialisation } from '../data/specialisation';
import type { GeoLevel, Observation } from '../data/types';

/** The four key figures of a profile, in the order they are shown. */
export const KEY_FIGURES = [
	{ id: 'jobs_industry', parts: ['jobs_industry'] },
	{ id: 'establishments_industry', parts: ['establishments_industry'] },
	{
		id: 'barturning_machining',
		parts: ['establishments_2562A_barturning', 'establishments_2562B_industrial_mechanics'],
		total: 'establishments_total'
	},
	{ id: 'industry_share_total_employment', parts: ['industry_share_total_employment'] }
] as const;

export type KeyFigureId = (typeof KEY_FIGURES)[number]['id'];

interface Place {
	level: GeoLevel;
	code: string;
}

/**
 * The figure of an area: one observation, or the sum of several from one source and one year
 * (bar-turning 25.62A + industrial machining 25.62B). Undefined when a part is missing or the
 * parts differ in source or year.
 */
export function figureOf(
	model: AtlasModel,
	parts: readonly string[],
	place: Place,
	year: number
): Observation | undefined {
	const found = parts.map((id) => getObservation(model, id, place.level, place.code, year));
	if (found.some((o) => o === undefined || o.value === null)) return undefined;
	const all = found as Observation[];
	if (new Set(all.map((o) => o.source)).size > 1) return undefined;
	if (all.length === 1) return all[0];
	return {
		...all[0],
		indicator: parts.join('+'),
		value: all.reduce((s, o) => s + (o.value ?? 0), 0)
	};
}

/** A value per 10,000 inhabitants, with the population's year. */
export interface Rate {
	value: number;
	populationYear: number;
}

/**
 * A count per 10,000 inhabitants (population of the nearest year); null without population.
 * @example ratePer10k(model, 861, { level: 'departement', code: '74' }, 2021) // { value: 10, populationYear: 2023 }
 */
export function ratePer10k(
	model: AtlasModel,
	count: number,
	place: Place,
	year: number
): Rate | null {
	const populationYear = nearestYear(yearsOf(model, 'population', place.level), year);
	if (populationYear === undefined) return null;
	const population = getObservation(model, 'population', place.level, place.code, populationYear);
	if (!population?.value) return null;
	return { value: (count / population.value) * 10_000, populationYear };
}

/**
 * The gap of an area to a reference (its région, France): for a count, how much higher its rate
 * per inhabitant is, in %; for a share, the difference in points. Null when the reference has no
 * figure or comes from another publication (never compared across sources).
 * @example gapTo(model, key, area, france, 2021) // { value: 35.2, unit: 'percent' }
 */
export function gapTo(
	model: AtlasModel,
	figure: (typeof KEY_FIGURES)[number],
	area: Observation,
	reference: Place,
	year: number
): { value: number; unit: 'percent' | 'points' } | null {
	const other = figureOf(model, figure.parts, reference, year);
	if (!other || other.source !== area.source || area.value === null || other.value === null) {
		return null;
	}
	const kind = model.indicatorById.get(figure.parts[0])?.kind;
	if (kind === 'share') return { value: area.value - other.value, unit: 'points' };
	const mine = ratePer10k(model, area.value, area, year);
	const theirs = ratePer10k(model, other.value, reference, year);
	if (!mine || !theirs || theirs.value === 0) return null;
	return { value: (mine.value / theirs.value - 1) * 100, unit: 'percent' };
}

/** One key figure of an area, as data (texts are the component's). */
export interface KeyFigure {
	id: KeyFigureId;
	kind: 'count' | 'share';
	observation: Observation | undefined;
	year: number | null;
	rate: Rate | null;
	/** Rank (1 = highest) among peers, and within the région for a département. */
	rank: { rank: number; total: number } | null;
	rankInRegion: { rank: number; total: number } | null;
	gapRegion: { value: number; unit: 'percent' | 'points' } | null;
	gapFrance: { value: number; unit: 'percent' | 'points' } | null;
	specialisation: Specialisation | null;
}

const rankOf = (value: number, values: (number | null | undefined)[]) => {
	const present = values.filter((v): v is number => typeof v === 'number');
	return { rank: 1 + present.filter((v) => v > value).length, total: present.length };
};

/**
 * The four key figures of a département or région at their latest year with a value: the
 * figure, its rate per 10,000 inhabitants, its rank among `peers` (and within its région), its
 * gap to the région and to France, and, for the cluster's trades, the specialisation index.
 * @example keyFigures(model, { level: 'departement', code: '74' }, '84', peers, inRegion)[2].specialisation
 */
export function keyFigures(
	model: AtlasModel,
	place: Place,
	region: string | null,
	peers: readonly string[],
	regionPeers: readonly string[]
): KeyFigure[] {
	return KEY_FIGURES.map((figure): KeyFigure => {
		const kind: KeyFigure['kind'] =
			model.indicatorById.get(figure.parts[0])?.kind === 'share' ? 'share' : 'count';
		const years = yearsOf(model, figure.parts[0], place.level);
		const year = [...years].reverse().find((y) => figureOf(model, figure.parts, place, y));
		const empty = { id: figure.id, kind, observation: undefined, year: null, rate: null };
		const none = { rank: null, rankInRegion: null, gapRegion: null, gapFrance: null };
		if (year === undefined) return { ...empty, ...none, specialisation: null };
		const observation = figureOf(model, figure.parts, place, year) as Observation;
		const value = observation.value as number;
		const peerValue = (code: string) =>
			figureOf(model, figure.parts, { level: place.level, code }, year)?.value;
		const total = 'total' in figure ? figure.total : undefined;
		const totalOf = (p: Place) =>
			total ? getObservation(model, total, p.level, p.code, year) : undefined;
		const france = { level: 'pays' as const, code: 'FR' };
		return {
			id: figure.id,
			kind,
			observation,
			year,
			rate: kind === 'count' ? ratePer10k(model, value, place, year) : null,
			rank: rankOf(value, peers.map(peerValue)),
			rankInRegion: region ? rankOf(value, regionPeers.map(peerValue)) : null,
			gapRegion: region
				? gapTo(model, figure, observation, { level: 'region', code: region }, year)
				: null,
			gapFrance: gapTo(model, figure, observation, france, year),
			specialisation: total
				? specialisation({
						sector: observation,
						total: totalOf(place),
						franceSector: figureOf(model, figure.parts, france, year),
						franceTotal: totalOf(france)
					})
				: null
		};
	});
}
