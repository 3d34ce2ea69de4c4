import { METRO_REGIONS } from '../geo/focusAreas';
import { exportUrl } from './openDataSoft';
import type { SourceDefinition } from './types';

const DATASET = 'effectifs-salaries-et-masse-salariale-du-secteur-prive-par-region-x-na38';
const INDUSTRY = ['BZ', 'CA', 'CB', 'CC', 'CD-CE-CF', 'CG', 'CH', 'CI-CJ', 'CK-CL', 'CM', 'DZ-EZ'];

/**
 * The atlas's groups of an URSSAF NA28i series (`CH Métallurgie…`): industry = BZ … DZ-EZ
 * (temp agency work, NZa, is in services), manufacturing = the C series, CH and CK-CL alone,
 * and every series in the total.
 */
export function na28iGroups(label: string): string[] {
	const code = label.trim().split(/\s+/)[0].toUpperCase();
	const groups = ['total_private'];
	if (INDUSTRY.includes(code)) groups.push('industry');
	if (INDUSTRY.includes(code) && code.startsWith('C')) groups.push('manufacturing');
	if (code === 'CH') groups.push('CH_metal');
	if (code === 'CK-CL') groups.push('CK_CL_machinery_transport');
	return groups;
}

/**
 * URSSAF's quarterly private salaried jobs (CVS) per région × sector (NA28i series), since 1998:
 * the values on 31 December give the year-end series the atlas shows by région.
 */
export const URSSAF_REGION_NA38: SourceDefinition = {
	id: 'urssaf-region-na38',
	publisher: 'URSSAF (Urssaf Caisse nationale)',
	dataset: 'Effectifs salariés et masse salariale du secteur privé, par région x NA38',
	url: `https://open.urssaf.fr/explore/dataset/${DATASET}/`,
	downloadUrl: exportUrl('https://open.urssaf.fr', DATASET),
	license: 'ODbL-1.0',
	fileName:
		/^(urssaf-region-na38|effectifs-salaries-et-masse-salariale-du-secteur-prive-par-region).*\.csv$/,
	options: {
		code: { column: 'Code région', level: 'region' },
		year: 'Dernier jour du trimestre',
		yearPattern: /^(\d{4})-12-31$/,
		value: 'Effectifs salariés (CVS)',
		indicator: 'jobs',
		category: { column: 'Secteur NA28i', groupsOf: na28iGroups },
		indicatorTemplate: '{measure}_{category}',
		sumRows: true,
		levels: ['region'],
		decimal: '.',
		delimiter: ';'
	},
	indicators: [
		'jobs_industry',
		'jobs_manufacturing',
		'jobs_total_private',
		'jobs_CH_metal',
		'jobs_CK_CL_machinery_transport'
	],
	departements: [],
	regions: METRO_REGIONS
};
