import type { Localized } from '../data/types';
import type { KeyArea } from './keyAreas';
import { TERRITORY_CODE } from './territory';

/** How a claim's number is read: a floor ("plus de 30 %") or a round figure ("13 500"). */
export type ClaimTest =
	| {
			kind: 'atLeast' | 'about';
			target: number;
			/** The area's own figure, or its share of France's figure (%). */
			measure: 'value' | 'shareFrance';
			/** The official figures that could stand for the claim, nearest first. */
			indicators: string[];
	  }
	| {
			kind: 'none';
			/** Figures of the atlas shown beside the claim for context, never to judge it. */
			nearest: { indicators: string[]; measure: 'value' | 'shareFrance' };
			/** What the atlas lacks, and the kind of source that could test the claim. */
			missing: Localized;
	  };

export interface Claim {
	id: string;
	/** The claim as the cluster's presentation words it (French). */
	quote: string;
	area: KeyArea;
	test: ClaimTest;
	/** A caveat that holds whatever the figures, e.g. firms vs establishments. */
	caveat?: Localized;
}

const TERRITORY: KeyArea = { level: 'region', code: TERRITORY_CODE };
const AURA: KeyArea = { level: 'region', code: '84' };
const NA: KeyArea = { level: 'region', code: '75' };

const ESTABLISHMENTS_NOT_FIRMS: Localized = {
	fr: 'l’atlas compte des établissements employeurs, pas des entreprises',
	en: 'the atlas counts employer establishments, not firms'
};

/** The claims of the cluster's presentation, with the official figures that can test them. */
export const CLAIMS: Claim[] = [
	{
		id: 'mechanics-share',
		quote: '1er territoire mécanicien avec plus de 30 % des effectifs français',
		area: TERRITORY,
		test: {
			kind: 'atLeast',
			target: 30,
			measure: 'shareFrance',
			indicators: ['jobs_CH_metal', 'jobs_CK_CL_machinery_transport']
		},
		caveat: {
			fr: 'aucune série ne classe un ensemble de deux régions : « 1er » ne se vérifie pas',
			en: 'no series ranks a pair of régions: “first” cannot be checked'
		}
	},
	{
		id: 'barturning-turnover',
		quote: '65 % du chiffre d’affaires national du décolletage et de l’usinage complexe',
		area: TERRITORY,
		test: {
			kind: 'none',
			nearest: {
				indicators: [
					'establishments_2562A_barturning',
					'establishments_2562B_industrial_mechanics'
				],
				measure: 'shareFrance'
			},
			missing: {
				fr: 'l’atlas n’a aucun chiffre d’affaires ; il faudrait les statistiques d’entreprises de l’INSEE (Ésane, chiffre d’affaires par code APE 25.62A/B et région) ou celles de la profession (SNDEC)',
				en: 'the atlas holds no turnover; INSEE’s business statistics (Ésane, turnover by APE code 25.62A/B and région) or the trade body’s (SNDEC) figures could test it'
			}
		}
	},
	{
		id: 'manufacturing-jobs',
		quote: 'Plus de 500 000 emplois dédiés au manufacturing',
		area: TERRITORY,
		test: { kind: 'atLeast', target: 500_000, measure: 'value', indicators: ['jobs_manufacturing'] }
	},
	{
		id: 'aura-firms',
		quote: 'En Auvergne-Rhône-Alpes, plus de 21 000 entreprises industrielles',
		area: AURA,
		test: {
			kind: 'atLeast',
			target: 21_000,
			measure: 'value',
			indicators: ['establishments_industry', 'establishments_sector_industry_dec31']
		},
		caveat: ESTABLISHMENTS_NOT_FIRMS
	},
	{
		id: 'aura-jobs',
		quote: 'En Auvergne-Rhône-Alpes, […] représentant 500 000 emplois',
		area: AURA,
		test: {
			kind: 'about',
			target: 500_000,
			measure: 'value',
			indicators: ['jobs_industry', 'jobs_sector_industry_dec31', 'jobs_manufacturing']
		}
	},
	{
		id: 'na-firms',
		quote: 'En Nouvelle-Aquitaine, 13 500 entreprises',
		area: NA,
		test: {
			kind: 'about',
			target: 13_500,
			measure: 'value',
			indicators: ['establishments_industry', 'establishments_sector_industry_dec31']
		},
		caveat: ESTABLISHMENTS_NOT_FIRMS
	},
	{
		id: 'na-jobs',
		quote: 'En Nouvelle-Aquitaine, […] pour 240 000 emplois',
		area: NA,
		test: {
			kind: 'about',
			target: 240_000,
			measure: 'value',
			indicators: ['jobs_industry', 'jobs_sector_industry_dec31', 'jobs_manufacturing']
		}
	},
	{
		id: 'cnrs-researchers',
		quote:
			'plus de 2 000 chercheurs permanents en sciences de l’ingénierie et des systèmes (CNRS INSIS)',
		area: TERRITORY,
		test: {
			kind: 'none',
			nearest: { indicators: ['rd_personnel_fte'], measure: 'value' },
			missing: {
				fr: 'l’atlas n’a aucun effectif de chercheurs par institut ; il faudrait les effectifs du CNRS par institut et par région (bilan social du CNRS, rapport d’activité de l’INSIS)',
				en: 'the atlas holds no researcher count by institute; CNRS staff by institute and région (CNRS’s bilan social, INSIS’s annual report) could test it'
			}
		}
	}
];
