import { explain, type IngestMessage } from './messages';
import { headerKey } from './normalizeHeader';
import type { IngestMapping } from './mapping';
import { slug } from './rowValues';
import type { ColumnGuess, ColumnRole } from './guess';
import { REGION_OF_DEPARTEMENT } from './territoryNames';
import type { SourceLevel } from './types';

/** What the user (or the command line) says about a file, on top of the columns' roles. */
export interface ImportChoices {
	columns: ColumnGuess[];
	level: SourceLevel;
	/** The indicator's id (or its prefix when the file holds several measures). */
	indicator?: string;
	/** The year of every figure when no column gives it. */
	year?: number;
	/** A count is additive: départements are summed into complete régions. */
	kind?: 'count' | 'rate';
	/** Rows are parts of a whole (size bands) summed per territory. */
	sumParts?: boolean;
}

/** The mapping, and the measures' ids (before a category splits them). */
export type PlanResult =
	{ ok: true; mapping: IngestMapping; measures: string[] } | ({ ok: false } & IngestMessage);

const YEAR_SUFFIX = /^(.*?)[\s_-]*((?:19|20)\d{2})$/s;

/**
 * Turns the columns' roles into the core's mapping: tidy (one value column), wide by year
 * (value columns named '<measure> <YYYY>'), wide by indicator (several value columns), each of
 * them split by a category column; commune rows are summed to départements and régions.
 * @example planMapping({ columns: [{ column: 'dep', role: 'code' }, { column: 'année', role: 'year' }, { column: 'n', role: 'value' }], level: 'departement', indicator: 'x' })
 */
export function planMapping(choices: ImportChoices): PlanResult {
	const columnsOf = (role: ColumnRole) =>
		choices.columns.filter((c) => c.role === role).map((c) => c.column);
	const [code] = columnsOf('code');
	const [name] = columnsOf('name');
	if (code === undefined && name === undefined)
		return { ok: false, ...explain('noTerritoryColumn') };
	const values = columnsOf('value');
	if (values.length === 0) return { ok: false, ...explain('noValueColumn') };
	const [year] = columnsOf('year');
	const [indicatorColumn] = columnsOf('indicator');
	const [category] = columnsOf('category');
	const count = choices.kind !== 'rate';
	const summed = choices.level === 'commune' || (count && choices.sumParts === true);
	const mapping: IngestMapping = {
		code:
			code !== undefined
				? { column: code, level: choices.level }
				: { column: name, level: choices.level, byName: true },
		sumRows: summed,
		levels: count && choices.level !== 'region' ? ['departement', 'region'] : undefined,
		regionOf: { ...REGION_OF_DEPARTEMENT },
		...(category !== undefined && { category: { column: category } })
	};
	if (choices.level === 'commune' && mapping.levels === undefined) mapping.levels = ['departement'];
	const prefix = choices.indicator ? slug(choices.indicator) : '';
	const idOf = (label: string, many: boolean) =>
		prefix && !many ? prefix : [prefix, slug(label)].filter(Boolean).join('_');
	const byYear = values.map((v) => YEAR_SUFFIX.exec(v.trim()));
	if (year === undefined && byYear.every((m) => m !== null)) {
		const labels = [...new Set(byYear.map((m) => m![1]))];
		const keys = new Set(labels.map(headerKey));
		mapping.wideByYear = Object.fromEntries(labels.map((l) => [l, idOf(l, keys.size > 1)]));
		return { ok: true, mapping, measures: Object.values(mapping.wideByYear) };
	}
	if (year === undefined && choices.year === undefined)
		return { ok: false, ...explain('noYearColumn') };
	if (year !== undefined) mapping.year = year;
	else mapping.fixedYear = choices.year;
	if (values.length === 1) {
		mapping.value = values[0];
		if (indicatorColumn !== undefined) mapping.indicatorColumn = indicatorColumn;
		else mapping.indicator = idOf(values[0], false);
		return { ok: true, mapping, measures: mapping.indicator ? [mapping.indicator] : [] };
	}
	mapping.wideByIndicator = Object.fromEntries(values.map((v) => [v, idOf(v, true)]));
	return { ok: true, mapping, measures: Object.values(mapping.wideByIndicator) };
}
