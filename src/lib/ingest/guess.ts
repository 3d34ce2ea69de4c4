import { headerKey } from './normalizeHeader';
import { readNumber } from './readNumber';
import { readTerritoryName } from './territoryName';
import type { SourceLevel } from './types';

/** What a column is for; `value` columns with a year in their header make a table wide by year. */
export type ColumnRole =
	'code' | 'name' | 'year' | 'value' | 'indicator' | 'unit' | 'category' | 'ignore';

export const COLUMN_ROLES: ColumnRole[] = [
	'code',
	'name',
	'year',
	'value',
	'indicator',
	'unit',
	'category',
	'ignore'
];

export interface ColumnGuess {
	column: string;
	role: ColumnRole;
}

export interface Guess {
	columns: ColumnGuess[];
	level: SourceLevel;
	/** A rate (share, ratio) is never summed; a count is. */
	kind: 'count' | 'rate';
	/** Rows are parts of a whole (size bands): summed per territory instead of being duplicates. */
	sumParts: boolean;
}

const has = (key: string, ...words: string[]) => words.some((w) => key.includes(w));
const YEAR_SUFFIX = /(?:19|20)\d{2}$/;
const CODE_LIKE = /^\s*(\d{1,5}|2[AB]\d{0,3}|FR)(\.0+)?(\s|$)/i;

/**
 * Guesses each column's role from its header and the first rows' cells, and the level of the
 * territories from the code column's header (a région column is never read as départements).
 * @example guessRoles(['Code département', 'Année', 'Effectifs'], [['01', '2020', '3']]).columns.map((c) => c.role) // ['code', 'year', 'value']
 */
export function guessRoles(header: readonly string[], sample: readonly string[][]): Guess {
	const cellsOf = (i: number) => sample.map((r) => r[i] ?? '').filter((c) => c.trim() !== '');
	const roles: ColumnRole[] = header.map((name, i) => roleOf(headerKey(name), cellsOf(i)));
	if (!roles.includes('code')) {
		const nameColumn = roles.indexOf('name');
		if (nameColumn < 0) {
			const byCells = header.findIndex((_, i) => roles[i] === 'ignore' && namesCodes(cellsOf(i)));
			if (byCells >= 0) roles[byCells] = 'name';
		}
	} else roles.forEach((r, i) => r === 'name' && (roles[i] = 'ignore'));
	// With several code columns (commune, département, région), the finest one is kept.
	const codeColumns = roles.flatMap((r, i) => (r === 'code' ? [i] : []));
	const ranked = codeColumns
		.map((i) => ({ i, level: levelOf(headerKey(header[i]), cellsOf(i)) }))
		.sort((a, b) => FINEST.indexOf(a.level) - FINEST.indexOf(b.level));
	ranked.slice(1).forEach(({ i }) => (roles[i] = 'ignore'));
	const keyColumn = ranked[0]?.i ?? roles.indexOf('name');
	const level =
		keyColumn >= 0 ? levelOf(headerKey(header[keyColumn]), cellsOf(keyColumn)) : 'departement';
	const valueColumns = roles.flatMap((r, i) => (r === 'value' ? [i] : []));
	const rate = valueColumns.some((i) => looksLikeRate(headerKey(header[i]), cellsOf(i)));
	return {
		columns: header.map((column, i) => ({ column, role: roles[i] })),
		level,
		kind: rate ? 'rate' : 'count',
		sumParts: header.some((h) => PARTS.test(headerKey(h)))
	};
}

const PARTS = /tranche|taille|band/;

function looksLikeRate(key: string, cells: string[]): boolean {
	if (/part|taux|%|share|rate|ratio|pour|moyenne|average/.test(key)) return true;
	const numbers = cells.map((c) => readNumber(c, { percent: true }));
	if (cells.some((c) => c.includes('%'))) return true;
	return (
		numbers.some((n) => n.kind === 'number' && n.decimals > 0) &&
		numbers.every((n) => n.kind !== 'number' || Math.abs(n.value) <= 100)
	);
}

/** Most of the sample's cells (a stray aggregate such as INSEE's 'M' does not change a column's role). */
function mostly(cells: string[], test: (cell: string) => boolean): boolean {
	return cells.length > 0 && cells.filter(test).length * 4 >= cells.length * 3;
}

const FINEST: SourceLevel[] = ['commune', 'departement', 'region', 'pays'];

function roleOf(key: string, cells: string[]): ColumnRole {
	if (has(key, 'libelle', 'name', 'intitule') || /nom(?!bre)/.test(key))
		return territoryWord(key) ? 'name' : 'ignore';
	if (has(key, 'ape', 'naf', 'secteur', 'sector')) return 'category';
	if (/^(code|cod|dep|reg|com|insee)/.test(key) || has(key, 'code', 'codgeo', 'territoire'))
		return mostly(cells, (c) => CODE_LIKE.test(c)) ? 'code' : 'name';
	if (has(key, 'annee', 'year', 'millesime') || key === 'an') return 'year';
	if (has(key, 'trimestre', 'quarter', 'mois', 'month', 'jour', 'date')) return 'ignore';
	if (has(key, 'indicateur', 'indicator', 'variable', 'mesure', 'measure')) return 'indicator';
	if (has(key, 'unite', 'unit')) return 'unit';
	if (PARTS.test(key)) return 'ignore';
	if (has(key, 'secteur', 'sector', 'categorie', 'category', 'ape', 'naf', 'activite'))
		return 'category';
	if (YEAR_SUFFIX.test(key) && cells.some((c) => readNumber(c).kind === 'number')) return 'value';
	if (cells.length && cells.every((c) => /^\s*(19|20)\d{2}\s*$/.test(c))) return 'year';
	if (mostly(cells, (c) => readNumber(c, { percent: true }).kind !== 'invalid')) return 'value';
	return 'ignore';
}

function territoryWord(key: string): boolean {
	return (
		has(key, 'departement', 'region', 'commune', 'territoire', 'dep', 'reg', 'zone') ||
		/nom(?!bre)/.test(key)
	);
}

function namesCodes(cells: string[]): boolean {
	return cells.length > 0 && cells.every((c) => readTerritoryName('departement', c).ok);
}

function levelOf(key: string, cells: string[]): SourceLevel {
	if (has(key, 'commune', 'codgeo', 'insee', 'com')) return 'commune';
	if (has(key, 'region', 'reg')) return 'region';
	if (has(key, 'pays', 'country')) return 'pays';
	if (has(key, 'departement', 'dep')) return 'departement';
	if (cells.some((c) => /^\s*\d{5}\b/.test(c) || /^\s*2[AB]\d{3}\b/i.test(c))) return 'commune';
	return 'departement';
}
