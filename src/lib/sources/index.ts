import { URSSAF_DEPARTEMENT_SECTOR } from './urssafDepartementSector';
import type { SourceDefinition } from './types';

/** Every source `npm run data:update` reads, in the order it reads them. */
export const SOURCE_DEFINITIONS: readonly SourceDefinition[] = [URSSAF_DEPARTEMENT_SECTOR];

export { URSSAF_DEPARTEMENT_SECTOR };
export { readSource, type DataRow, type SourceReading } from './readSource';
export { readSourceStream } from './readSourceStream';
export { diffFigures, type FigureDiff } from './diffFigures';
export { formatDiff } from './formatDiff';
export type { SourceDefinition } from './types';
export { fetchSource, sha256, type Download } from './fetchSource';
