import type { IngestMessage, MessageKey, MessageParams } from './messages';

/** The levels a value can be written at; `commune` rows are only ever summed to the others. */
export type IngestLevel = 'departement' | 'region' | 'pays';
export type SourceLevel = IngestLevel | 'commune';

/** One problem, located: `row` is the record's number in the file (header and title lines count, from 1). */
export interface IngestIssue {
	row: number;
	column: string;
	/** In English (the command line's words); `key` and `params` let a page say it in its language. */
	message: string;
	key?: MessageKey;
	params?: MessageParams;
}

/** One figure in the atlas's tidy layout. */
export interface IngestValue {
	geo_level: IngestLevel;
	geo_code: string;
	indicator: string;
	year: number;
	value: number;
}

/**
 * What reading a file gives: every data row is either accepted or rejected
 * (accepted + rejected = rows), and every rejection has at least one issue.
 */
export interface IngestResult {
	rows: number;
	accepted: number;
	rejected: number;
	/** The first issues (at most `MAX_ISSUES`); `moreIssues` counts the others by reason. */
	issues: IngestIssue[];
	moreIssues?: { count: number; byReason: Record<string, number> };
	values: IngestValue[];
	/** Cells read as "no data" (empty, `s`, `nd`, `-`…): never zero, never in `values`. */
	noData: number;
	/** Title lines before the header and notes after the table, skipped and counted. */
	skipped: { before: number; after: number };
	/** Facts about the whole file: encoding, delimiter, sums left out as incomplete. */
	notes: string[];
	/** The same notes as keys and parameters, for a page in its language. */
	noteMessages?: IngestMessage[];
	/** Commune rows: how many communes went into each territory's sums. */
	communes?: CommuneCounts;
}

/** Distinct commune codes with a figure, per département and per région summed from them. */
export interface CommuneCounts {
	departement: Record<string, number>;
	region: Record<string, number>;
}
