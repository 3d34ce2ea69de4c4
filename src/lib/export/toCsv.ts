import type { Lang } from '../data/types';

/** One line of exported data; `value` null is "no data" (an empty cell), never zero. */
export interface ExportRow {
	code: string;
	name: string;
	indicator: string;
	/** A string because a ratio may combine years, e.g. '2021 / 2023'. */
	year: string;
	value: number | null;
	unit: string;
	source: string;
}

export type CsvDialect = 'standard' | 'excel-fr';

const COLUMNS = ['code', 'name', 'indicator', 'year', 'value', 'unit', 'source'] as const;
const HEADERS: Record<CsvDialect, string[]> = {
	standard: [...COLUMNS],
	'excel-fr': ['code', 'nom', 'indicateur', 'annee', 'valeur', 'unite', 'source']
};
const SEPARATORS: Record<CsvDialect, string> = { standard: ',', 'excel-fr': ';' };
const EOL = '\r\n';
/** Cells a spreadsheet would read as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number in plain decimal notation, never exponent notation; non-finite is no data. */
function plainNumber(value: number | null, decimalComma: boolean): string {
	if (value === null || !Number.isFinite(value)) return '';
	let text = String(value);
	if (/e/i.test(text)) {
		text = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
	}
	return decimalComma ? text.replace('.', ',') : text;
}

function quote(cell: string, separator: string): string {
	return cell.includes(separator) || /["\r\n]/.test(cell) || cell !== cell.trim()
		? `"${cell.replace(/"/g, '""')}"`
		: cell;
}

/** A text cell: a leading `'` neutralises what a spreadsheet would run as a formula. */
function textCell(text: string, separator: string): string {
	return quote(FORMULA_START.test(text) ? `'${text}` : text, separator);
}

/**
 * Writes rows as CSV (RFC 4180: CRLF line ends, quotes doubled, a cell quoted only when it holds
 * the separator, a quote, a line break or edge spaces).
 * - 'standard': `,` separator, `.` decimal, English snake_case header, UTF-8 without BOM.
 * - 'excel-fr': `;` separator, decimal comma, French header, UTF-8 BOM so Excel reads accents.
 * Text cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'`; values are written
 * from numbers, so a negative value stays `-3.5`. No data is an empty cell. Codes are written as
 * they are ('01', '2A'): the file is right, though Excel may show '01' as 1 when it opens a CSV
 * (importing the column as text keeps the zero); a `="01"` cell would itself be a formula.
 * `lang` is accepted for symmetry with the other exports: the dialect alone sets the header.
 * @example toCsv([{ code: '01', name: 'Ain', indicator: 'emplois', year: '2021', value: -3.5, unit: '%', source: 'URSSAF' }], 'standard', 'en')
 * // 'code,name,indicator,year,value,unit,source\r\n01,Ain,emplois,2021,-3.5,%,URSSAF\r\n'
 */
export function toCsv(rows: ExportRow[], dialect: CsvDialect, lang: Lang): string {
	void lang;
	const separator = SEPARATORS[dialect];
	const lines = [HEADERS[dialect].join(separator)];
	for (const row of rows) {
		const cells = COLUMNS.map((column) =>
			column === 'value'
				? plainNumber(row.value, dialect === 'excel-fr')
				: textCell(row[column], separator)
		);
		lines.push(cells.join(separator));
	}
	const text = lines.join(EOL) + EOL;
	return dialect === 'excel-fr' ? `\ufeff${text}` : text;
}
