import type { IngestOptions, IngestResult } from '../ingest';

/**
 * A publisher's dataset as the atlas reads it: where it is, under which licence, which file of a
 * folder holds it, and how its columns map to the atlas's figures. Data plus a mapping: the
 * reading itself is `$lib/ingest`'s.
 */
export interface SourceDefinition {
	/** The source id written in the data files' `source` column and in datapackage.json. */
	id: string;
	publisher: string;
	dataset: string;
	/** The dataset's page. */
	url: string;
	/** The export to download (Opendatasoft Explore API v2.1), when the publisher has one. */
	downloadUrl?: string;
	license: string;
	/** The file's name in a `--from` folder. */
	fileName: RegExp;
	options: IngestOptions;
	/** The atlas's id of an indicator the mapping names otherwise (`jobs_total` → `jobs_total_private_dec31`). */
	indicatorIds?: Readonly<Record<string, string>>;
	/** The indicators this source writes; anything else the mapping yields is left out. */
	indicators: readonly string[];
	/** The départements every indicator must have: one missing is a format change. */
	departements: readonly string[];
	/**
	 * For a format the table reader does not read (JSON-stat), or a mapping the file itself
	 * completes (INSEE's edition year): turns the bytes into the same result,
	 * its figures through `$lib/ingest`; `problems` are signs of a format change, located (a région
	 * missing included: régions are then not each required for every indicator).
	 */
	read?: (bytes: Uint8Array) => { result: IngestResult; problems: string[] };
	/**
	 * The régions kept (default: those of `options.regionOf`). For a source read by the table
	 * reader, every indicator must have each of them; one missing is a format change.
	 */
	regions?: readonly string[];
	/** Whether France (`pays`) figures are kept. */
	pays?: boolean;
	/** The name a download is saved under (default `<id>.csv`). */
	downloadFileName?: string;
	/** The download is a ZIP archive: the file of it to read. */
	archiveEntry?: string;
}
