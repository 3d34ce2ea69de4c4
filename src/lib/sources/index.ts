import { URSSAF_DEPARTEMENT_SECTOR } from './urssafDepartementSector';
import { URSSAF_COMMUNE_APE } from './urssafCommuneApe';
import { URSSAF_DEPARTEMENT_QUARTERLY } from './urssafDepartementQuarterly';
import { URSSAF_REGION_NA38 } from './urssafRegionNa38';
import { DARES_JOBSEEKERS } from './daresJobseekers';
import { INSEE_LAND_AREA } from './inseeLandArea';
import { EUROSTAT_RD_EXPENDITURE, EUROSTAT_RD_PERSONNEL } from './eurostatRd';
import type { SourceDefinition } from './types';

/** Every source `npm run data:update` reads, in the order it reads them. */
export const SOURCE_DEFINITIONS: readonly SourceDefinition[] = [
	URSSAF_DEPARTEMENT_SECTOR,
	URSSAF_COMMUNE_APE,
	URSSAF_DEPARTEMENT_QUARTERLY,
	URSSAF_REGION_NA38,
	DARES_JOBSEEKERS,
	INSEE_LAND_AREA,
	EUROSTAT_RD_PERSONNEL,
	EUROSTAT_RD_EXPENDITURE
];

export {
	URSSAF_DEPARTEMENT_SECTOR,
	URSSAF_COMMUNE_APE,
	URSSAF_DEPARTEMENT_QUARTERLY,
	URSSAF_REGION_NA38,
	DARES_JOBSEEKERS,
	INSEE_LAND_AREA,
	EUROSTAT_RD_PERSONNEL,
	EUROSTAT_RD_EXPENDITURE
};
export { apeSectorGroups } from './apeSectorGroups';
export { readJsonStat } from './jsonStat';
export { readNutsTable, regionFigure } from './nutsRegions';
export { readEurostat } from './eurostat';
export { readSource, type DataRow, type SourceReading } from './readSource';
export { readSourceStream } from './readSourceStream';
export { diffFigures, type FigureDiff } from './diffFigures';
export { formatDiff } from './formatDiff';
export type { SourceDefinition } from './types';
export { fetchSource, sha256, type Download } from './fetchSource';
