import type { Lang } from '../data/types';
import { decimalsFor } from '../scales/format';

/** One line of exported data; `value` null is "no data" (an empty cell), never zero. */
export interface ExportRow {
	code: string;
	name: string;
	indicator: string;
	/** The year of the value (of its numerator for a rate); null when unknown. */
	year: number | null;
	value: number | null;
	/** Decimals the value is shown with on screen; else as many as tell the column's values apart. */
	decimals?: number;
	unit: string;
	/** For a rate or a share: what was divided, by what, and the divisor's year. */
	numerator?: number | null;
	denominator?: number | null;
	denominatorYear?: number | null;
	source: string;
}

export type CsvDialect = 'standard' | 'excel-fr';
export type CsvShape = 'long' | 'wide';

const COLUMNS = [
	'code',
	'name',
	'indicator',
	'year',
	'value',
	'value_full',
	'unit',
	'numerator',
	'denominator',
	'denominator_year',
	'source'
] as const;
type Column = (typeof COLUMNS)[number];
const FRENCH: Record<Column, string> = {
	code: 'code',
	name: 'nom',
	indicator: 'indicateur',
	year: 'annee',
	value: 'valeur',
	value_full: 'valeur_complete',
	unit: 'unite',
	numerator: 'numerateur',
	denominator: 'denominateur',
	denominator_year: 'annee_denominateur',
	source: 'source'
};
const SEPARATORS: Record<CsvDialect, string> = { standard: ',', 'excel-fr': ';' };
const EOL = '\r\n';
/** Cells a spreadsheet would read as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number in plain decimal notation (never exponent notation); non-finite is no data. */
function plainNumber(value: number | null | undefined, decimalComma: boolean, decimals?: number) {
	if (value === null || value === undefined || !Number.isFinite(value)) return '';
	// Rounded as the screen writes it: no trailing zeros ('100', not '100.0').
	const shown = decimals === undefined ? value : Number(value.toFixed(decimals));
	const text = shown.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
	const signed = text === '-0' ? '0' : text;
	return decimalComma ? signed.replace('.', ',') : signed;
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

/** Decimals of each indicator's column: as shown, or enough to tell its values apart. */
function decimalsByIndicator(rows: ExportRow[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const indicator of new Set(rows.map((r) => r.indicator))) {
		const own = rows.filter((r) => r.indicator === indicator);
		const shown = own.find((r) => r.decimals !== undefined)?.decimals;
		const values = own
			.map((r) => r.value)
			.filter((v): v is number => v !== null && Number.isFinite(v));
		out.set(indicator, shown ?? (values.every(Number.isInteger) ? 0 : decimalsFor(values)));
	}
	return out;
}

function finish(lines: string[], dialect: CsvDialect): string {
	const text = lines.join(EOL) + EOL;
	return dialect === 'excel-fr' ? `\ufeff${text}` : text;
}

/**
 * Writes rows as CSV (RFC 4180: CRLF line ends, quotes doubled, a cell quoted only when it holds
 * the separator, a quote, a line break or edge spaces).
 * - 'standard': `,` separator, `.` decimal, English snake_case header, UTF-8 without BOM.
 * - 'excel-fr': `;` separator, decimal comma, French header, UTF-8 BOM so Excel reads accents.
 * Long shape: one line per area and year; `value` rounded as on screen, `value_full` at full
 * precision, the year a number, and for a rate its numerator, denominator and the
 * denominator's year. Wide shape: one line per indicator and year, one column per area.
 * Text cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'`; no data is an empty
 * cell. Codes are written as they are ('01', '2A').
 * @example toCsv([{ code: '01', name: 'Ain', indicator: 'emplois', year: 2021, value: -3.54, decimals: 1, unit: '%', source: 'URSSAF' }], 'standard', 'en')
 * // 'code,name,indicator,year,value,value_full,unit,numerator,denominator,denominator_year,source\r\n01,Ain,emplois,2021,-3.5,-3.54,%,,,,URSSAF\r\n'
 */
export function toCsv(
	rows: ExportRow[],
	dialect: CsvDialect,
	lang: Lang,
	shape: CsvShape = 'long'
): string {
	void lang;
	if (shape === 'wide') return toWideCsv(rows, dialect);
	const separator = SEPARATORS[dialect];
	const comma = dialect === 'excel-fr';
	const decimals = decimalsByIndicator(rows);
	const header = dialect === 'excel-fr' ? COLUMNS.map((c) => FRENCH[c]) : [...COLUMNS];
	const lines = [header.join(separator)];
	for (const row of rows) {
		const cells: Record<Column, string> = {
			code: textCell(row.code, separator),
			name: textCell(row.name, separator),
			indicator: textCell(row.indicator, separator),
			year: row.year === null ? '' : String(row.year),
			value: plainNumber(row.value, comma, decimals.get(row.indicator)),
			value_full: plainNumber(row.value, comma),
			unit: textCell(row.unit, separator),
			numerator: plainNumber(row.numerator, comma),
			denominator: plainNumber(row.denominator, comma),
			denominator_year: row.denominatorYear == null ? '' : String(row.denominatorYear),
			source: textCell(row.source, separator)
		};
		lines.push(COLUMNS.map((c) => cells[c]).join(separator));
	}
	return finish(lines, dialect);
}

/** Years as rows, areas as columns ('Ain (01)'), values rounded as on screen. */
function toWideCsv(rows: ExportRow[], dialect: CsvDialect): string {
	const separator = SEPARATORS[dialect];
	const decimals = decimalsByIndicator(rows);
	const areas = [...new Map(rows.map((r) => [r.code, `${r.name} (${r.code})`]))];
	const keyOf = (r: ExportRow) => `${r.indicator}\u0000${r.year ?? ''}`;
	const lines = new Map<string, ExportRow[]>();
	for (const row of rows) lines.set(keyOf(row), [...(lines.get(keyOf(row)) ?? []), row]);
	const head = dialect === 'excel-fr' ? ['indicateur', 'annee'] : ['indicator', 'year'];
	const out = [
		[...head, ...areas.map(([, label]) => label)].map((c) => textCell(c, separator)).join(separator)
	];
	const ordered = [...lines.values()].sort((a, b) => (a[0].year ?? 0) - (b[0].year ?? 0));
	for (const group of ordered) {
		const { indicator, year } = group[0];
		const byCode = new Map(group.map((r) => [r.code, r.value]));
		const cells = areas.map(([code]) =>
			plainNumber(byCode.get(code) ?? null, dialect === 'excel-fr', decimals.get(indicator))
		);
		out.push(
			[textCell(indicator, separator), year === null ? '' : String(year), ...cells].join(separator)
		);
	}
	return finish(out, dialect);
}

/** What the metadata file says about an export. */
export interface ExportMetadata {
	title: string;
	note?: string;
	source: string;
	credit: string;
	date: string;
	url?: string;
}

/**
 * The companion file of a CSV export: one field per line (title, note, sources with their
 * licences, credit, date, address). Kept apart so the data file opens in Excel as a table,
 * its first line the header (a block of text above it breaks Excel's filters and sorting).
 * @example metadataCsv({ title: 'T', source: 'S', credit: 'CIMES Atlas', date: '3 déc. 2026' }, 'excel-fr', 'fr')
 */
export function metadataCsv(meta: ExportMetadata, dialect: CsvDialect, lang: Lang): string {
	const separator = SEPARATORS[dialect];
	const labels =
		lang === 'fr'
			? [
					'champ',
					'valeur',
					'titre',
					'note',
					'sources et licences',
					'réalisé avec',
					'exporté le',
					'adresse'
				]
			: [
					'field',
					'value',
					'title',
					'note',
					'sources and licences',
					'made with',
					'exported on',
					'address'
				];
	const values = [meta.title, meta.note ?? '', meta.source, meta.credit, meta.date, meta.url ?? ''];
	const lines = [`${labels[0]}${separator}${labels[1]}`];
	values.forEach((value, i) => {
		if (value)
			lines.push(`${textCell(labels[i + 2], separator)}${separator}${textCell(value, separator)}`);
	});
	return finish(lines, dialect);
}
