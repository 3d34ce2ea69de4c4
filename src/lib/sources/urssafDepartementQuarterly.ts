import { ATLAS_DEPARTEMENTS } from './atlasGeography';
import { atlasDepartementsWhere, exportUrl } from './openDataSoft';
import type { SourceDefinition } from './types';

const DATASET = 'effectifs-salaries-et-masse-salariale-du-secteur-prive-par-departement-x-grand-s';

/** Industry (GS1) counts in industry and in the total; every other grand secteur in the total. */
const grandSecteurGroups = (label: string) =>
	label.split(/\s+/)[0].toUpperCase() === 'GS1' ? ['industry', 'total_private'] : ['total_private'];

/**
 * URSSAF's quarterly private salaried jobs (CVS) per département × grand secteur, since 1998:
 * the 4th quarter of each year (`Trimestre` 4) gives the year-end series. Industry = « GS1
 * Industrie » (NAF B–E); all sectors = the sum of the grands secteurs of the département.
 */
export const URSSAF_DEPARTEMENT_QUARTERLY: SourceDefinition = {
	id: 'urssaf-dep-grand-secteur-trimestriel',
	publisher: 'URSSAF (Urssaf Caisse nationale)',
	dataset:
		'Effectifs salariés et masse salariale du secteur privé, par département x grand secteur (séries trimestrielles)',
	url: `https://open.urssaf.fr/explore/dataset/${DATASET}/`,
	downloadUrl: exportUrl('https://open.urssaf.fr', DATASET, atlasDepartementsWhere()),
	license: 'ODbL-1.0',
	fileName:
		/^(urssaf-dep-grand-secteur-trimestriel|effectifs-salaries-et-masse-salariale-du-secteur-prive-par-departement).*\.csv$/,
	options: {
		code: { column: 'Code département', level: 'departement' },
		year: 'Année',
		value: 'Effectifs salariés (CVS)',
		indicator: 'jobs',
		keepRows: { Trimestre: ['4'] },
		category: { column: "Grand secteur d'activité", groupsOf: grandSecteurGroups },
		indicatorTemplate: '{measure}_{category}',
		sumRows: true,
		levels: ['departement'],
		decimal: '.',
		delimiter: ';'
	},
	indicators: ['jobs_industry', 'jobs_total_private'],
	departements: ATLAS_DEPARTEMENTS
};
