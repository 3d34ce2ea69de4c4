/** What a message says, apart from its words: the page renders it in its language ($lib/i18n). */
export type MessageParams = Record<string, string | number>;

/**
 * Every issue, refusal and note of the reading core, in English: the command line's words and
 * the `message` of its `--json` output. `$lib/i18n/ingestMessages` says the same in French.
 */
export const ENGLISH_MESSAGES = {
	cellCount: (p: MessageParams) => `${p.cells} cells where the header has ${p.header}`,
	emptyCode: () => 'empty code',
	emptyName: () => 'empty name',
	notFr: (p: MessageParams) => `'${p.cell}' is not FR`,
	notRegion: (p: MessageParams) => `'${p.cell}' is not a région code`,
	notDepartement: (p: MessageParams) => `'${p.cell}' is not a département code`,
	notCommune: (p: MessageParams) => `'${p.cell}' is not a commune code`,
	notRegionName: (p: MessageParams) => `'${p.cell}' is not the name of a région`,
	notDepartementName: (p: MessageParams) => `'${p.cell}' is not the name of a département`,
	emptyCategory: () => 'empty category',
	notYear: (p: MessageParams) => `'${p.cell}' is not a year`,
	emptyIndicator: () => 'empty indicator',
	percentNotAllowed: (p: MessageParams) => `'${p.cell}': a percentage where a number is expected`,
	notNumber: (p: MessageParams) => `'${p.cell}': not a number`,
	manyDecimalMarks: (p: MessageParams) => `'${p.cell}': more than one decimal mark '${p.mark}'`,
	badGrouping: (p: MessageParams) =>
		`'${p.cell}': thousands separators not between groups of 3 digits`,
	duplicate: (p: MessageParams) => `same territory, indicator and year as row ${p.first}`,
	columnNotFound: () => 'column not found in the header',
	noMeasureByYear: () => 'no column of this measure by year',
	yearNeeded: () => 'a year column or a year is needed',
	yearAndValueNeeded: () => 'a year and a value column, or measures by year, are needed',
	indicatorNeeded: () => 'an indicator name or an indicator column is needed',
	noTerritoryColumn: () => 'no column of territory codes or names',
	noValueColumn: () => 'no column of values',
	noYearColumn: () => 'no year column: name one, or give the year of the figures',
	emptyFile: () => 'the file is empty',
	tooLarge: (p: MessageParams) => `the file is too large (${p.size} MB; at most ${p.max} MB)`,
	binaryFile: () => 'a binary file, not a table (CSV, TSV or .xlsx expected)',
	noTable: () => 'no table found: a header and at least one row of two columns are needed',
	unreadableXlsx: (p: MessageParams) => `not a readable .xlsx file (${p.detail})`,
	notWorkbook: () => 'not an .xlsx workbook (no xl/workbook.xml)',
	noSheet: () => 'the workbook has no sheet',
	unknownSheet: (p: MessageParams) => `no sheet named '${p.sheet}' (sheets: ${p.sheets})`,
	encoding: (p: MessageParams) => `encoding ${p.encoding}${p.bom ? ' with BOM' : ''}`,
	encodingSwitched: (p: MessageParams) =>
		`encoding utf-8${p.bom ? ' with BOM' : ''}, then windows-1252 from byte ${p.at}`,
	delimiter: (p: MessageParams) => `delimiter '${p.delimiter}'`,
	regionNotSummed: (p: MessageParams) =>
		`région ${p.region}, ${p.indicator} ${p.year}: not summed, no figure for département ${p.missing}`,
	rowsLeftOut: (p: MessageParams) =>
		`${p.count} rows left out by the mapping (other rows, periods or groups)`,
	readerStopped: (p: MessageParams) => `the reading stopped${p.detail ? ` (${p.detail})` : ''}`
};

export type MessageKey = keyof typeof ENGLISH_MESSAGES;

/** A message as a key and its parameters, with its English words. */
export interface IngestMessage {
	key: MessageKey;
	params: MessageParams;
	message: string;
}

/**
 * @example explain('notYear', { cell: '2O20' }) // { key: 'notYear', params: { cell: '2O20' }, message: "'2O20' is not a year" }
 */
export function explain(key: MessageKey, params: MessageParams = {}): IngestMessage {
	return { key, params, message: ENGLISH_MESSAGES[key](params) };
}
