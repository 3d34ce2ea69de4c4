import { normalizeGeoCode, type KnownCodes } from './geoCode';
import { parseNumber } from './parseNumber';
import type { CsvTable } from './parseCsv';
import type { SchemaField, TableSchema } from './schema';
import type { DataIssue, GeoLevel, Observation } from './types';

export interface ValidatedTable {
	observations: Observation[];
	issues: DataIssue[];
}

type Cell = string | number | null;

/** Checks one cell against its field; returns the typed value or the issue found. */
function readCell(field: SchemaField, raw: string, missing: string[]): Cell | Omit<DataIssue, 'file'> {
	const text = raw.trim();
	const constraints = field.constraints ?? {};
	if (missing.includes(text)) {
		return constraints.required ? { kind: 'required', column: field.name, value: raw } : null;
	}
	if (field.type === 'year' || field.type === 'integer') {
		const ok = field.type === 'year' ? /^\d{4}$/.test(text) : /^-?\d+$/.test(text);
		return ok ? Number(text) : { kind: 'not-a-year', column: field.name, value: raw };
	}
	if (field.type === 'number') {
		const value = parseNumber(text);
		if (value === null) return { kind: 'not-a-number', column: field.name, value: raw };
		if (constraints.minimum !== undefined && value < constraints.minimum) {
			return { kind: 'below-minimum', column: field.name, value: raw, expected: `≥ ${constraints.minimum}` };
		}
		return value;
	}
	if (constraints.enum && !constraints.enum.includes(text)) {
		return { kind: 'not-in-list', column: field.name, value: raw, expected: constraints.enum.join(', ') };
	}
	if (constraints.pattern && !new RegExp(constraints.pattern).test(text)) {
		return { kind: 'pattern', column: field.name, value: raw, expected: constraints.pattern };
	}
	return text;
}

const isIssue = (cell: Cell | Omit<DataIssue, 'file'>): cell is Omit<DataIssue, 'file'> =>
	cell !== null && typeof cell === 'object';

/**
 * Validates a parsed tidy table (geo_level, geo_code, indicator, year, value, source) against
 * its Table Schema and the known codes. A row with any problem is reported, never silently kept
 * or dropped; an empty value is valid and means "no data".
 */
export function validateTable(
	file: string,
	table: CsvTable,
	schema: TableSchema,
	known: KnownCodes
): ValidatedTable {
	const issues: DataIssue[] = [...table.issues];
	const missing = schema.missingValues ?? [''];
	const columns = schema.fields.map((field) => table.header.indexOf(field.name));
	schema.fields.forEach((field, i) => {
		if (columns[i] < 0) issues.push({ file, kind: 'missing-column', row: 1, column: field.name });
	});
	if (columns.some((c) => c < 0)) return { observations: [], issues };

	const observations: Observation[] = [];
	const firstLineOfKey = new Map<string, number>();
	const malformedLines = new Set(table.issues.map((issue) => issue.row));
	const levelColumn = columns[schema.fields.findIndex((f) => f.name === 'geo_level')];
	for (const { line, cells } of table.rows) {
		if (malformedLines.has(line)) continue;
		const level = (cells[levelColumn] ?? '').trim() as GeoLevel;
		const record: Record<string, Cell> = {};
		const rowIssues: DataIssue[] = [];
		schema.fields.forEach((field, i) => {
			const raw = cells[columns[i]] ?? '';
			// Codes are padded with the row's level first, so '1' is read as département '01'.
			const text = field.name === 'geo_code' ? normalizeGeoCode(level, raw) : raw;
			const cell = readCell(field, text, missing);
			if (isIssue(cell)) rowIssues.push({ file, row: line, ...cell });
			else record[field.name] = cell;
		});
		const code = record.geo_code as string | undefined;
		if (record.geo_level && code && !known[level].has(code)) {
			rowIssues.push({ file, kind: 'unknown-code', row: line, column: 'geo_code', value: code, expected: level });
		}
		if (rowIssues.length === 0 && schema.primaryKey) {
			const key = schema.primaryKey.map((name) => record[name]).join('|');
			const first = firstLineOfKey.get(key);
			if (first !== undefined) {
				rowIssues.push({ file, kind: 'duplicate', row: line, expected: String(first) });
			} else firstLineOfKey.set(key, line);
		}
		if (rowIssues.length > 0) {
			issues.push(...rowIssues);
			continue;
		}
		observations.push({
			level,
			code: code as string,
			indicator: record.indicator as string,
			year: record.year as number,
			value: record.value as number | null,
			source: record.source as string,
			file,
			row: line
		});
	}
	return { observations, issues };
}

