import { getObservation, yearsOf, type AtlasModel } from '../data/model';
import type { Indicator, Lang, Observation } from '../data/types';
import { areaLabel, KEY_AREAS, type KeyArea } from './keyAreas';
import { hasTerritory } from './territory';

/** The indicator families of the key figures, by indicator id; ids not in data/ are left out. */
export const KEY_FAMILIES: { id: string; indicators: string[] }[] = [
	{
		id: 'industry',
		indicators: [
			'establishments_industry',
			'establishments_sector_industry_dec31',
			'jobs_industry',
			'jobs_sector_industry_dec31'
		]
	},
	{ id: 'manufacturing', indicators: ['establishments_manufacturing', 'jobs_manufacturing'] },
	{ id: 'mechanics', indicators: ['jobs_CH_metal', 'jobs_CK_CL_machinery_transport'] },
	{
		id: 'machining',
		indicators: ['establishments_2562A_barturning', 'establishments_2562B_industrial_mechanics']
	},
	{
		id: 'research',
		indicators: [
			'rd_expenditure_DIRD',
			'rd_expenditure_DIRDE_business',
			'rd_expenditure_DIRDA_public',
			'rd_personnel_fte'
		]
	},
	{ id: 'population', indicators: ['population'] }
];

export interface Change {
	from: number;
	to: number;
	fromValue: number;
	toValue: number;
	/** Percent change; null when the first value is 0. */
	percent: number | null;
}

/** One area of a card: its latest figure, share of France, change and series. */
export interface AreaFigure {
	area: KeyArea;
	name: string;
	/** The latest observation with a value; undefined is "no data". */
	latest: Observation | undefined;
	/** Percent of France's figure for the same year; null where France has none. */
	shareFrance: number | null;
	/** Over the longest span: the first and the last year with a value. */
	change: Change | null;
	/** Every year with a value, ascending: a small trend is drawn from two. */
	series: { year: number; value: number }[];
}

export interface KeyFigureCard {
	indicator: Indicator;
	family: string;
	areas: AreaFigure[];
	/** Every observation shown, for the source line. */
	observations: Observation[];
}

function areaFigure(
	model: AtlasModel,
	indicator: Indicator,
	area: KeyArea,
	lang: Lang
): AreaFigure {
	const { level, code } = area;
	const series = yearsOf(model, indicator.id, level)
		.map((year) => getObservation(model, indicator.id, level, code, year))
		.filter((o): o is Observation => o !== undefined && o.value !== null);
	const latest = series.at(-1);
	const france = latest && getObservation(model, indicator.id, 'pays', 'FR', latest.year)?.value;
	const shareFrance =
		latest && level !== 'pays' && france && indicator.kind === 'count'
			? ((latest.value as number) / france) * 100
			: null;
	const first = series[0];
	const change: Change | null =
		latest && first && first.year < latest.year
			? {
					from: first.year,
					to: latest.year,
					fromValue: first.value as number,
					toValue: latest.value as number,
					percent:
						first.value === 0
							? null
							: (((latest.value as number) - (first.value as number)) / (first.value as number)) *
								100
				}
			: null;
	return {
		area,
		name: areaLabel(area, lang),
		latest,
		shareFrance,
		change,
		series: series.map((o) => ({ year: o.year, value: o.value as number }))
	};
}

/**
 * The key-figure cards: for each indicator of the families that data/ holds, the latest figure of
 * the territory (from `withTerritory`), each région and France, with its year, share of France,
 * change over the longest span and series. The years come from the data, never from the code.
 * @example keyFigureCards(withTerritory(model), 'fr')[0].areas.map((a) => a.name)
 * // ['Territoire CIMES (AURA + Nouvelle-Aquitaine)', 'Auvergne-Rhône-Alpes', 'Nouvelle-Aquitaine', 'France']
 */
export function keyFigureCards(model: AtlasModel, lang: Lang): KeyFigureCard[] {
	if (!hasTerritory(model)) throw new Error('keyFigureCards needs the model from withTerritory()');
	return KEY_FAMILIES.flatMap((family) =>
		family.indicators
			.map((id) => model.indicatorById.get(id))
			.filter((i): i is Indicator => i !== undefined)
			.map((indicator) => {
				const areas = KEY_AREAS.map((a) => areaFigure(model, indicator, a, lang));
				const observations = areas.flatMap((a) => (a.latest ? [a.latest] : []));
				return { indicator, family: family.id, areas, observations };
			})
			.filter((card) => card.areas.some((a) => a.latest))
	);
}
