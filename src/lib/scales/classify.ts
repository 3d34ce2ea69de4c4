import {
	ckmeansBreaks,
	equalIntervalBreaks,
	MAX_CLASSES,
	MIN_CLASSES,
	niceBreaks,
	quantileBreaks
} from './breaks';
import { clampClasses } from './classCount';

export { MAX_CLASSES, MIN_CLASSES };

/** How thresholds are chosen; all methods feed the same threshold scale. */
export type ClassMethod = 'quantile' | 'equal' | 'ckmeans' | 'nice' | 'manual';

/** Every method, in the order a picker shows them. */
export const CLASS_METHODS: readonly ClassMethod[] = [
	'quantile',
	'equal',
	'ckmeans',
	'nice',
	'manual'
];

/** Most thresholds typed by hand: `MAX_CLASSES - 1`. */
export const MAX_MANUAL_THRESHOLDS = MAX_CLASSES - 1;

/** Why typed thresholds were refused: a value to show, never a thrown error. */
export type ManualBreaksError =
	| { kind: 'empty' }
	| { kind: 'not-a-number'; token: string }
	| { kind: 'out-of-order'; previous: number; next: number }
	| { kind: 'too-many'; count: number; max: number };

/**
 * Thresholds by the chosen method. `classes` is rounded and clamped to 3..7; fewer thresholds
 * than `classes - 1` come back when the data cannot fill them (all equal, few distinct values,
 * round steps). 'manual' returns a copy of `manualThresholds` as they are (check them first
 * with `parseManualBreaks`), or [] when none are given.
 * @example computeBreaks('equal', [0, 10, null], 5) // [2, 4, 6, 8]
 * @example computeBreaks('manual', [0, 10], 5, [2, 5]) // [2, 5]
 */
export function computeBreaks(
	method: ClassMethod,
	values: (number | null)[],
	classes: number,
	manualThresholds?: number[]
): number[] {
	const count = clampClasses(classes);
	switch (method) {
		case 'quantile':
			return quantileBreaks(values, count);
		case 'equal':
			return equalIntervalBreaks(values, count);
		case 'ckmeans':
			return ckmeansBreaks(values, count);
		case 'nice':
			return niceBreaks(values, count);
		case 'manual':
			return [...(manualThresholds ?? [])];
	}
}

const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u202f]+/g;

/** Splits on `-`, where a minus at the start or right after a separator is a sign. */
function splitOnDashes(text: string): string[] {
	const tokens: string[] = [];
	let current = '';
	for (const char of text) {
		if (char === '-' && current.trim() !== '') {
			tokens.push(current);
			current = '';
		} else current += char;
	}
	return [...tokens, current];
}

/** The tokens, and whether a comma is a decimal mark (French) or a separator. */
function tokenize(text: string): { tokens: string[]; decimalComma: boolean } {
	if (text.includes(';')) return { tokens: text.split(';'), decimalComma: true };
	const dashed = splitOnDashes(text);
	if (dashed.length > 1) return { tokens: dashed, decimalComma: true };
	if (text.includes(',')) return { tokens: text.split(','), decimalComma: false };
	return { tokens: text.split(SPACES), decimalComma: false };
}

/** A number from one token, or null: digits with '.' (or ',' in French), optional sign. */
function parseToken(token: string, decimalComma: boolean): number | null {
	const compact = token
		.replace(/(\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g, '$1') // '1 000' thousands
		.replace(/^([+-])\s+/, '$1');
	const pattern = decimalComma ? /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/ : /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
	if (!pattern.test(compact)) return null;
	const value = Number(compact.replace(',', '.'));
	return value === 0 ? 0 : value; // no -0
}

/**
 * Reads thresholds typed by hand. Separators, tried in this order: `;`, then `-` (also `–`, `—`,
 * `−`), then `,`, then spaces. With `;` or `-` a comma is a decimal mark ('2,5'); with `,` only
 * '.' is. A minus at the start or right after a separator is a sign ('-5 - 0 - 5' is −5, 0, 5).
 * Empty tokens (a trailing separator while typing) are skipped; thousands may be grouped by
 * spaces ('1 000 - 2 000'). Checks, in order: empty, not-a-number (first bad token), too-many
 * (more than 6), out-of-order (the first pair that does not strictly increase).
 * @example parseManualBreaks('0 - 10 - 20 - 50') // { thresholds: [0, 10, 20, 50] }
 * @example parseManualBreaks('2,5 ; 7,5') // { thresholds: [2.5, 7.5] }
 * @example parseManualBreaks('10 - 5') // { error: { kind: 'out-of-order', previous: 10, next: 5 } }
 */
export function parseManualBreaks(
	text: string
): { thresholds: number[] } | { error: ManualBreaksError } {
	const normalized = text.replace(DASHES, '-').trim();
	const { tokens, decimalComma } = tokenize(normalized);
	const kept = tokens.map((t) => t.trim()).filter((t) => t !== '');
	if (kept.length === 0) return { error: { kind: 'empty' } };
	const thresholds: number[] = [];
	for (const token of kept) {
		const value = parseToken(token, decimalComma);
		if (value === null) return { error: { kind: 'not-a-number', token } };
		thresholds.push(value);
	}
	if (thresholds.length > MAX_MANUAL_THRESHOLDS) {
		return {
			error: { kind: 'too-many', count: thresholds.length, max: MAX_MANUAL_THRESHOLDS }
		};
	}
	for (let i = 1; i < thresholds.length; i++) {
		if (!(thresholds[i] > thresholds[i - 1])) {
			return { error: { kind: 'out-of-order', previous: thresholds[i - 1], next: thresholds[i] } };
		}
	}
	return { thresholds };
}
