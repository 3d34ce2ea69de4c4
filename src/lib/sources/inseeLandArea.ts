import { ATLAS_DEPARTEMENTS, ATLAS_REGION_OF } from './atlasGeography';
import type { SourceDefinition } from './types';

/**
 * INSEE's « base du comparateur de territoires »: one row per commune (Paris, Lyon and Marseille
 * by their arrondissements), its land area in km² in `SUPERF`; summed to départements and to AURA
 * and Nouvelle-Aquitaine. The file has no year: `fixedYear` is the edition's geography (COG 2024
 * for the base of June 2024); change it with the edition.
 */
export const INSEE_LAND_AREA: SourceDefinition = {
	id: 'insee-comparateur-superficie',
	publisher: 'INSEE',
	dataset: 'Base du comparateur de territoires (superficie des communes, SUPERF)',
	url: 'https://www.insee.fr/fr/statistiques/2521169',
	downloadUrl: 'https://www.insee.fr/fr/statistiques/fichier/2521169/base_cc_comparateur_csv.zip',
	archiveEntry: 'base_cc_comparateur.csv',
	license: 'etalab-2.0',
	fileName: /^(insee-comparateur-superficie|base_cc_comparateur).*\.csv$/,
	options: {
		code: { column: 'CODGEO', level: 'commune' },
		fixedYear: 2024,
		value: 'SUPERF',
		indicator: 'land_area_km2',
		// The whole commune beside its arrondissements would count Lyon twice.
		dropRows: { CODGEO: ['69123', '75056', '13055'] },
		sumRows: true,
		levels: ['departement', 'region'],
		regionOf: { ...ATLAS_REGION_OF },
		delimiter: ';'
	},
	indicators: ['land_area_km2'],
	departements: ATLAS_DEPARTEMENTS
};
