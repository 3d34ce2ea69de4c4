export { ingest, type IngestOptions } from './ingest';
export type { IngestMapping } from './mapping';
export { decodeBytes } from './decode';
export { readTable, sniffDelimiter, type Delimiter, type Table } from './table';
export { readNumber, type CellReading } from './readNumber';
export { readTerritoryCode, departementOfCommune } from './territoryCode';
export { headerKey, findColumn } from './normalizeHeader';
export type { IngestIssue, IngestLevel, IngestResult, IngestValue, SourceLevel } from './types';
