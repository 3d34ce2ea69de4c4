import type { IngestOptions } from '../ingest';

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
	/** For a source read by région: the régions every indicator must have (régions of `regionOf` otherwise). */
	regions?: readonly string[];
	/** The download is a ZIP archive: the file of it to read. */
	archiveEntry?: string;
}
