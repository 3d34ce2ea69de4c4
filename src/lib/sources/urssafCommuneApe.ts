import { apeSectorGroups } from './apeSectorGroups';
import { ATLAS_DEPARTEMENTS, ATLAS_REGION_OF } from './atlasGeography';
import { atlasDepartementsWhere, exportUrl } from './openDataSoft';
import type { SourceDefinition } from './types';

const DATASET = 'etablissements-et-effectifs-salaries-au-niveau-commune-x-ape-last';

/**
 * URSSAF's employer establishments and salaried jobs at 31 December per commune × APE code,
 * yearly since 2006 (a pair of columns per year). Each row counts in the sector groups of its APE
 * code (`apeSectorGroups`); communes are summed to their département by the code's prefix, the
 * départements to AURA and Nouvelle-Aquitaine. The download keeps the 24 départements (the whole
 * file has every commune of France; `$lib/ingest` reads either).
 */
export const URSSAF_COMMUNE_APE: SourceDefinition = {
	id: 'urssaf-commune-ape',
	publisher: 'URSSAF (Urssaf Caisse nationale)',
	dataset:
		"Nombre d'établissements employeurs et effectifs salariés du secteur privé, par commune x APE",
	url: `https://open.urssaf.fr/explore/dataset/${DATASET}/`,
	downloadUrl: exportUrl('https://open.urssaf.fr', DATASET, atlasDepartementsWhere()),
	license: 'ODbL-1.0',
	fileName:
		/^(urssaf-commune-ape|etablissements-et-effectifs-salaries-au-niveau-commune-x-ape).*\.csv$/,
	options: {
		code: { column: 'Code commune', level: 'commune' },
		wideByYear: { "Nombre d'établissements": 'establishments', 'Effectifs salariés': 'jobs' },
		category: { column: 'Code APE', groupsOf: apeSectorGroups },
		indicatorTemplate: '{measure}_{category}',
		sumRows: true,
		levels: ['departement', 'region'],
		regionOf: { ...ATLAS_REGION_OF },
		decimal: '.',
		delimiter: ';'
	},
	// Jobs by APE group are raw headcounts at 31 December, not the atlas's CVS jobs_industry: only
	// the all-sector total is kept, as the series it already has.
	indicatorIds: { jobs_total: 'jobs_total_private_dec31' },
	indicators: [
		'jobs_total_private_dec31',
		'establishments_industry',
		'establishments_manufacturing',
		'establishments_total',
		'establishments_C25_metal_products',
		'establishments_C28_machinery',
		'establishments_2562A_barturning',
		'establishments_2562B_industrial_mechanics'
	],
	departements: ATLAS_DEPARTEMENTS
};
