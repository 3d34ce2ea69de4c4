export type Lang = 'fr' | 'en';
export type Localized = Record<Lang, string>;

export type GeoLevel = 'departement' | 'region' | 'pays';
/** count: an additive quantity (people, establishments, FTE, euros); share: a percentage 0–100. */
export type IndicatorKind = 'count' | 'rate' | 'share';

export interface Source {
	id: string;
	title: string;
	/** The publisher's name, the same in both languages. */
	publisher: string;
	/** What is known of the publisher, when only an intermediate names it. */
	publisherNote?: Localized;
	path: string;
	via?: string;
	/**
	 * The producer's licence, short, for captions, e.g. 'ODbL 1.0'; 'not found' when it was
	 * looked for and not found, 'unknown' when none was given (a user's import).
	 */
	licenseName: string;
	/** The producer's licence, in full. */
	license: Localized;
	/** The copy read on the way (an intermediate file) and its own licence: methodology only. */
	intermediate?: Localized;
	vintage: Localized;
	/** How the figures were obtained (absent from a page's first-load package). */
	note?: Localized;
}

export interface Indicator {
	id: string;
	resource: string;
	group: string;
	label: Localized;
	unit: Localized;
	kind: IndicatorKind;
	/** Absent from a page's first-load package for indicators whose file is not loaded yet. */
	definition?: Localized;
	sources: string[];
	vintage: string;
}

/** One figure of one file: `value` null means "no data", never zero. */
export interface Observation {
	level: GeoLevel;
	code: string;
	indicator: string;
	year: number;
	value: number | null;
	source: string;
	file: string;
	row: number;
}

export type IssueKind =
	| 'file-unreadable'
	| 'malformed-row'
	| 'unclosed-quote'
	| 'missing-column'
	| 'required'
	| 'not-in-list'
	| 'pattern'
	| 'not-a-year'
	| 'not-a-number'
	| 'below-minimum'
	| 'unknown-code'
	| 'duplicate';

/** A problem located in a file: row is the line number in the file (header = 1). */
export interface DataIssue {
	file: string;
	kind: IssueKind;
	row?: number;
	column?: string;
	value?: string;
	/** What was expected, e.g. a list of allowed values or the row a duplicate repeats. */
	expected?: string;
}
