const SPACES = /[\s\u00a0\u202f]/g;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Reads a number written the French or the English way; null when the text is not a number.
 * The decimal mark is the last of ',' or '.' when both occur ('1.234,5' → 1234.5).
 * @example parseNumber('1 234,5') // 1234.5
 */
export function parseNumber(text: string): number | null {
	let s = text.replace(SPACES, '');
	const comma = s.lastIndexOf(',');
	const dot = s.lastIndexOf('.');
	if (comma >= 0 && dot >= 0) {
		const decimal = comma > dot ? ',' : '.';
		const thousands = decimal === ',' ? '.' : ',';
		s = s.split(thousands).join('').replace(decimal, '.');
	} else if (comma >= 0) {
		if (s.indexOf(',') !== comma) return null;
		s = s.replace(',', '.');
	}
	return PLAIN_NUMBER.test(s) ? Number(s) : null;
}
