import type { Localized } from './types';

/**
 * A mapped rate: numerator / denominator × factor, or an indicator that is already a rate.
 * Each is a rate or a share, never a raw count (counts are not drawn as choropleths).
 */
export interface MapMeasure {
	id: string;
	label: Localized;
	unit: Localized;
	numerator: string;
	denominator?: string;
	factor: number;
}

export const MAP_MEASURES: MapMeasure[] = [
	{
		id: 'establishments-industry-per-10k',
		label: {
			fr: 'Établissements industriels pour 10 000 habitants',
			en: 'Industrial establishments per 10,000 inhabitants'
		},
		unit: { fr: 'établissements pour 10 000 hab.', en: 'establishments per 10,000 inhabitants' },
		numerator: 'establishments_industry',
		denominator: 'population',
		factor: 10_000
	},
	{
		id: 'jobs-industry-per-1k',
		label: {
			fr: 'Emplois salariés privés de l’industrie pour 1 000 habitants',
			en: 'Private industrial jobs per 1,000 inhabitants'
		},
		unit: { fr: 'emplois pour 1 000 hab.', en: 'jobs per 1,000 inhabitants' },
		numerator: 'jobs_industry',
		denominator: 'population',
		factor: 1_000
	},
	{
		id: 'industry-share-private-jobs',
		label: {
			fr: 'Part de l’industrie dans l’emploi salarié privé au 31 décembre',
			en: 'Industry’s share of private salaried jobs at 31 December'
		},
		unit: { fr: '% des emplois salariés privés', en: '% of private salaried jobs' },
		numerator: 'jobs_sector_industry_dec31',
		denominator: 'jobs_total_private_dec31',
		factor: 100
	},
	{
		id: 'industry-share-total-employment',
		label: {
			fr: 'Part de l’industrie dans l’emploi total (INSEE)',
			en: 'Industry’s share of total employment (INSEE)'
		},
		unit: { fr: '% de l’emploi total', en: '% of total employment' },
		numerator: 'industry_share_total_employment',
		factor: 1
	},
	{
		id: 'barturning-per-100k',
		label: {
			fr: 'Établissements de décolletage pour 100 000 habitants',
			en: 'Bar-turning establishments per 100,000 inhabitants'
		},
		unit: { fr: 'établissements pour 100 000 hab.', en: 'establishments per 100,000 inhabitants' },
		numerator: 'establishments_2562A_barturning',
		denominator: 'population',
		factor: 100_000
	}
];

export const DEFAULT_MEASURE = MAP_MEASURES[0];

export const measureById = (id: string | null) => MAP_MEASURES.find((m) => m.id === id);
