import { explain } from './messages';
import { findColumn, headerKey } from './normalizeHeader';
import type { IngestIssue, IngestLevel, SourceLevel } from './types';

/**
 * How a file's columns become figures. Column names are matched without regard to case, accents,
 * spaces or line breaks. One of three shapes:
 * - tidy: `year` and `value` columns, the indicator from `indicatorColumn` or `indicator`;
 * - wide by year: `wideByYear` maps a measure's label to an indicator id, and every column
 *   `<label> <YYYY>` is that indicator's figure for the year (pairs of measures per year work);
 * - either one, long by category: the `category` column splits each indicator into one per
 *   category, named by `indicatorTemplate`.
 */
export interface IngestMapping {
	/** `byName`: the column holds names ('Puy de Dome'), matched to the official list's codes. */
	code: { column: string; level: SourceLevel; byName?: boolean };
	year?: string;
	/** The year of every figure when the file has no year column. */
	fixedYear?: number;
	value?: string;
	indicatorColumn?: string;
	indicator?: string;
	wideByYear?: Record<string, string>;
	/** Wide by indicator: each named column is one indicator's figure (id as the value), the year from `year` or `fixedYear`. */
	wideByIndicator?: Record<string, string>;
	/**
	 * `groupsOf`: the groups a category's label belongs to (an APE code is in its division, its
	 * section and the total); the row's figures count once in each, none leaves the row out.
	 */
	category?: {
		column: string;
		names?: Record<string, string>;
		groupsOf?: (label: string) => readonly string[];
	};
	/** Only rows whose cells are among these values give figures (a publisher's total or detail rows, other départements); the others are read and left out. */
	keepRows?: Record<string, readonly string[]>;
	/** Rows whose cells are among these values are read and left out (Lyon's arrondissements beside Lyon). */
	dropRows?: Record<string, readonly string[]>;
	/** The year column holds a period ('2025-12-31', '2024-T4'): rows matching take the year captured, the others are left out. */
	yearPattern?: RegExp;
	/** With a category: `{measure}` and `{category}` are replaced; default '{measure}_{category}'. */
	indicatorTemplate?: string;
	/** Rows are parts (size bands, communes) summed per territory; otherwise a repeated key is an error. */
	sumRows?: boolean;
	/** The levels to write; région sums need `regionOf` and are kept only when no département is missing. */
	levels?: IngestLevel[];
	/** The région of each département (all of a région's départements must be listed). */
	regionOf?: Record<string, string>;
	decimal?: ',' | '.';
}

export interface YearColumn {
	index: number;
	indicator: string;
	/** NaN: the row's year (year column or `fixedYear`). */
	year: number;
}

export interface ResolvedMapping {
	code: number;
	year: number;
	value: number;
	indicatorColumn: number;
	category: number;
	yearColumns: YearColumn[];
	/** Column index → kept or dropped values (`keepRows`, `dropRows`). */
	rowFilters: { index: number; values: ReadonlySet<string>; keep: boolean }[];
}

const YEAR_SUFFIX = /^(.*?)[\s_-]*((?:19|20)\d{2})$/s;

/**
 * Finds the mapping's columns in the header; a missing column is an issue on the header row.
 * @example resolveMapping(['Code', 'Année', 'Valeur'], { code: { column: 'code', level: 'region' }, year: 'annee', value: 'valeur', indicator: 'x' }, 1).resolved?.year // 1
 */
export function resolveMapping(
	header: readonly string[],
	mapping: IngestMapping,
	headerRow: number
): { resolved?: ResolvedMapping; issues: IngestIssue[] } {
	const issues: IngestIssue[] = [];
	const need = (name: string | undefined) => {
		if (name === undefined) return -1;
		const index = findColumn(header, name);
		if (index < 0) issues.push({ row: headerRow, column: name, ...explain('columnNotFound') });
		return index;
	};
	const resolved: ResolvedMapping = {
		code: need(mapping.code.column),
		year: need(mapping.year),
		value: need(mapping.value),
		indicatorColumn: need(mapping.indicatorColumn),
		category: need(mapping.category?.column),
		yearColumns: [],
		rowFilters: [
			...Object.entries(mapping.keepRows ?? {}).map(([column, values]) => ({
				index: need(column),
				values: new Set(values),
				keep: true
			})),
			...Object.entries(mapping.dropRows ?? {}).map(([column, values]) => ({
				index: need(column),
				values: new Set(values),
				keep: false
			}))
		]
	};
	if (mapping.wideByYear) {
		const measures = new Map(
			Object.entries(mapping.wideByYear).map(([label, id]) => [headerKey(label), id])
		);
		header.forEach((name, index) => {
			const match = YEAR_SUFFIX.exec(name.replace(/\ufeff/g, '').trim());
			const indicator = match && measures.get(headerKey(match[1]));
			if (match && indicator)
				resolved.yearColumns.push({ index, indicator, year: Number(match[2]) });
		});
		for (const [label, id] of Object.entries(mapping.wideByYear)) {
			if (!resolved.yearColumns.some((c) => c.indicator === id))
				issues.push({
					row: headerRow,
					column: `${label} <année>`,
					...explain('noMeasureByYear')
				});
		}
	} else if (mapping.wideByIndicator) {
		for (const [column, indicator] of Object.entries(mapping.wideByIndicator)) {
			const index = need(column);
			if (index >= 0) resolved.yearColumns.push({ index, indicator, year: NaN });
		}
		if (mapping.year === undefined && mapping.fixedYear === undefined)
			issues.push({ row: headerRow, column: '', ...explain('yearNeeded') });
	} else if ((resolved.year < 0 && mapping.fixedYear === undefined) || resolved.value < 0) {
		if (
			(mapping.year === undefined && mapping.fixedYear === undefined) ||
			mapping.value === undefined
		)
			issues.push({
				row: headerRow,
				column: '',
				...explain('yearAndValueNeeded')
			});
	} else if (mapping.indicator === undefined && mapping.indicatorColumn === undefined) {
		issues.push({
			row: headerRow,
			column: '',
			...explain('indicatorNeeded')
		});
	}
	return issues.length ? { issues } : { resolved, issues };
}
