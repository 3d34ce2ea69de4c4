import type { MessageKey } from './messages';

/** How a cell reads: a number, "no data", or text that is neither (with the reason). */
export type CellReading =
	| { kind: 'number'; value: number; decimals: number }
	| { kind: 'no-data' }
	| { kind: 'invalid'; reason: string; key: MessageKey; mark?: string };

export interface NumberOptions {
	/** The file's decimal mark; 'auto' takes the last of ',' and '.', or a lone ',' or '.'. */
	decimal?: ',' | '.' | 'auto';
	/** Whether a trailing '%' is allowed (the number is kept as written: '14,7 %' → 14.7). */
	percent?: boolean;
}

/** What publishers write for a figure they do not give: secret, not available, not applicable. */
const NO_DATA = new Set(['', 's', 'nd', 'n.d.', 'n.d', '-', '–', '…', '...', '(c)', 'c']);
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/;
const MINUS = /^[-\u2212]/;

const PLAIN = /^-?\d+(?:\.\d+)?$/;

/**
 * The one number reader of the atlas: French and English writings, thousands separators (space,
 * no-break space, narrow no-break space, or the mark that is not the decimal one), percent,
 * negatives. Special values and empty cells are "no data", never zero.
 * @example readNumber('1 234,5') // { kind: 'number', value: 1234.5, decimals: 1 }
 * @example readNumber('s') // { kind: 'no-data' }
 */
export function readNumber(text: string, options: NumberOptions = {}): CellReading {
	// Most cells of a large export are plain digits: read at once (the same result as below).
	if (PLAIN.test(text)) {
		const dot = text.indexOf('.');
		if (dot < 0 || options.decimal !== ',')
			return { kind: 'number', value: Number(text), decimals: dot < 0 ? 0 : text.length - dot - 1 };
	}
	let s = text.trim();
	if (NO_DATA.has(s.toLowerCase())) return { kind: 'no-data' };
	if (s.endsWith('%')) {
		if (!options.percent)
			return {
				kind: 'invalid',
				reason: 'a percentage where a number is expected',
				key: 'percentNotAllowed'
			};
		s = s.slice(0, -1).trim();
	}
	const negative = MINUS.test(s);
	if (negative) s = s.slice(1).trim();
	const decimal = decimalMark(s, options.decimal ?? 'auto');
	if (decimal === null) return { kind: 'invalid', reason: 'not a number', key: 'notNumber' };
	const thousands = decimal === ',' ? '.' : ',';
	const [whole, fraction = '', ...extra] = s.split(decimal);
	if (extra.length)
		return {
			kind: 'invalid',
			reason: `more than one decimal mark '${decimal}'`,
			key: 'manyDecimalMarks',
			mark: decimal
		};
	const groups = whole.split(new RegExp(`${GROUP_SPACES.source}|\\${thousands}`));
	const grouped = groups.length > 1;
	if (grouped && !groups.slice(1).every((g) => /^\d{3}$/.test(g)))
		return {
			kind: 'invalid',
			reason: 'thousands separators not between groups of 3 digits',
			key: 'badGrouping'
		};
	if (!/^\d+$/.test(groups.join('')) || (grouped && !/^\d{1,3}$/.test(groups[0])))
		return { kind: 'invalid', reason: 'not a number', key: 'notNumber' };
	if (fraction !== '' && !/^\d+$/.test(fraction))
		return { kind: 'invalid', reason: 'not a number', key: 'notNumber' };
	const value = Number(`${groups.join('')}.${fraction || '0'}`);
	return { kind: 'number', value: negative ? -value : value, decimals: fraction.length };
}

function decimalMark(s: string, option: ',' | '.' | 'auto'): ',' | '.' | null {
	if (option !== 'auto') return option;
	const comma = s.lastIndexOf(',');
	const dot = s.lastIndexOf('.');
	if (comma >= 0 && dot >= 0) return comma > dot ? ',' : '.';
	// A lone mark is decimal unless it repeats ('1.234.567'): then it groups thousands.
	if (comma >= 0) return s.indexOf(',') === comma ? ',' : '.';
	if (dot >= 0) return s.indexOf('.') === dot ? '.' : ',';
	return '.';
}
