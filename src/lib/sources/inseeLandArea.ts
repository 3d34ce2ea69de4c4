import { ingest } from '../ingest';
import { ATLAS_DEPARTEMENTS, ATLAS_REGION_OF } from './atlasGeography';
import type { SourceDefinition } from './types';

/**
 * The year of a « base du comparateur de territoires » from its header: the file names no year,
 * but its census columns do (`P21_POP`), and INSEE publishes the census of year N − 3 in June N,
 * in the geography (COG) of 1 January N: the year of its land areas. Undefined without them.
 * @example comparateurYear('CODGEO;P21_POP;P15_POP;SUPERF') // 2024
 */
export function comparateurYear(header: string): number | undefined {
	const censuses = header
		.split(';')
		.map((column) => /^"?P(\d{2})_POP"?$/.exec(column.trim())?.[1])
		.filter((year) => year !== undefined)
		.map((year) => 2000 + Number(year));
	return censuses.length ? Math.max(...censuses) + 3 : undefined;
}

const OPTIONS: SourceDefinition['options'] = {
	code: { column: 'CODGEO', level: 'commune' },
	value: 'SUPERF',
	indicator: 'land_area_km2',
	// The whole commune beside its arrondissements would count Lyon twice.
	dropRows: { CODGEO: ['69123', '75056', '13055'] },
	sumRows: true,
	levels: ['departement', 'region'],
	regionOf: { ...ATLAS_REGION_OF },
	delimiter: ';'
};

/**
 * INSEE's « base du comparateur de territoires »: one row per commune (Paris, Lyon and Marseille
 * by their arrondissements), its land area in km² in `SUPERF`; summed to départements and to AURA
 * and Nouvelle-Aquitaine, in the year of the edition's geography (`comparateurYear`).
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
	options: OPTIONS,
	read: (bytes) => {
		const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024)).replace(/^\ufeff/, '');
		const year = comparateurYear(head.split(/\r?\n/, 1)[0]);
		const result = ingest(bytes, { ...OPTIONS, fixedYear: year ?? 0 });
		if (year !== undefined) return { result, problems: [] };
		// Without the edition's year, no figure: a year would be made up.
		return {
			result: { ...result, values: [] },
			problems: ['no census column (P…_POP) in the header: the edition’s year is unknown']
		};
	},
	indicators: ['land_area_km2'],
	departements: ATLAS_DEPARTEMENTS
};
