import { ATLAS_DEPARTEMENTS } from './atlasGeography';
import { ARRONDISSEMENTS_MUNICIPAUX, atlasDepartementsWhere, exportUrl } from './openDataSoft';
import type { SourceDefinition } from './types';

const DATASET = 'dares_defm_communales-brutes';

/**
 * DARES and France Travail: jobseekers registered in categories A, B, C per commune, raw, the
 * average of the 4th quarter (`2024-T4`) of each year, rounded by the publisher to a multiple of
 * 5. The file has one row per commune × sex × age band: only the « Total » × « Total » rows count,
 * national totals (`Total` as commune code) and arrondissements (published beside Paris, Lyon and
 * Marseille) are left out; communes are summed to their département.
 */
export const DARES_JOBSEEKERS: SourceDefinition = {
	id: 'dares-defm-communales',
	publisher: 'DARES / France Travail',
	dataset:
		"Demandeurs d'emploi inscrits à France Travail : données communales trimestrielles brutes (catégories A, B, C)",
	url: `https://data.dares.travail-emploi.gouv.fr/explore/dataset/${DATASET}/`,
	downloadUrl: exportUrl(
		'https://data.dares.travail-emploi.gouv.fr',
		DATASET,
		`sexe="Total" and tranche_d_age="Total" and ${atlasDepartementsWhere()}`
	),
	license: 'etalab-2.0',
	fileName: /^(dares-defm-communales|dares_defm_communales).*\.csv$/,
	options: {
		code: { column: 'Code commune', level: 'commune' },
		year: 'Date',
		yearPattern: /^(\d{4})-T4$/,
		value: "Nombre de demandeurs d'emploi",
		indicator: 'jobseekers_abc',
		keepRows: {
			Sexe: ['Total'],
			"Tranche d'âge": ['Total'],
			Catégorie: ['ABC'],
			'Type de données': ['Brutes']
		},
		dropRows: { 'Code commune': ['Total', ...ARRONDISSEMENTS_MUNICIPAUX] },
		sumRows: true,
		levels: ['departement'],
		decimal: '.',
		delimiter: ';'
	},
	indicators: ['jobseekers_abc'],
	departements: ATLAS_DEPARTEMENTS
};
