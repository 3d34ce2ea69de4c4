import { URSSAF_DEPARTEMENT_SECTOR } from './urssafDepartementSector';
import { EUROSTAT_RD_EXPENDITURE, EUROSTAT_RD_PERSONNEL } from './eurostatRd';
import type { SourceDefinition } from './types';

/** Every source `npm run data:update` reads, in the order it reads them. */
export const SOURCE_DEFINITIONS: readonly SourceDefinition[] = [
	URSSAF_DEPARTEMENT_SECTOR,
	EUROSTAT_RD_PERSONNEL,
	EUROSTAT_RD_EXPENDITURE
];

export { URSSAF_DEPARTEMENT_SECTOR, EUROSTAT_RD_PERSONNEL, EUROSTAT_RD_EXPENDITURE };
export { readJsonStat } from './jsonStat';
export { readNutsTable, regionFigure } from './nutsRegions';
export { readEurostat } from './eurostat';
export { readSource, type DataRow, type SourceReading } from './readSource';
export { diffFigures, type FigureDiff } from './diffFigures';
export { formatDiff } from './formatDiff';
export type { SourceDefinition } from './types';
export { fetchSource, sha256, type Download } from './fetchSource';
