import { ATLAS_DEPARTEMENTS, ATLAS_REGION_OF } from './atlasGeography';
import type { SourceDefinition } from './types';

const DATASET = 'nombre-detablissements-employeurs-et-effectifs-salaries-du-secteur-prive-par-dep';
const EXPLORE = 'https://open.urssaf.fr/api/explore/v2.1/catalog/datasets';

/**
 * URSSAF's establishments and salaried jobs at 31 December per département × grand secteur ×
 * size band, yearly since 2006 (one pair of columns per year). The size bands are summed to
 * départements (the file has no total row), the départements to AURA and Nouvelle-Aquitaine.
 */
export const URSSAF_DEPARTEMENT_SECTOR: SourceDefinition = {
	id: 'urssaf-dep-grand-secteur-tranche',
	publisher: 'URSSAF (Urssaf Caisse nationale)',
	dataset:
		"Nombre d'établissements employeurs et effectifs salariés du secteur privé par département x grand secteur d'activité x tranche d'effectif salarié",
	url: `https://open.urssaf.fr/explore/dataset/${DATASET}/`,
	// The whole file (every département and grand secteur, a few thousand rows), with the
	// portal's column labels; the mapping keeps GS1 and the atlas's départements.
	downloadUrl: `${EXPLORE}/${DATASET}/exports/csv?delimiter=%3B&use_labels=true`,
	license: 'ODbL-1.0',
	fileName: /^urssaf-dep-grand-secteur-tranche.*\.csv$/,
	options: {
		code: { column: 'Code département', level: 'departement' },
		wideByYear: { "Nombre d'établissements": 'establishments', 'Effectifs salariés': 'jobs' },
		category: {
			column: "Grand secteur d'activité",
			names: { 'GS1 Industrie': 'sector_industry' }
		},
		indicatorTemplate: '{measure}_{category}_dec31',
		sumRows: true,
		levels: ['departement', 'region'],
		regionOf: { ...ATLAS_REGION_OF },
		decimal: '.',
		delimiter: ';'
	},
	indicators: ['establishments_sector_industry_dec31', 'jobs_sector_industry_dec31'],
	departements: ATLAS_DEPARTEMENTS
};
