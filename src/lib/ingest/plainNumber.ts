const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** What the last successful `readPlainNumber` read. */
export const plain = { value: 0, decimals: 0 };

/**
 * Reads a plain number, `-?\d+(\.\d+)?` with at most 15 digits, from `text` between `start` and
 * `end` into `plain`, without a substring: the value `Number()` gives (digits as an exact
 * integer, divided by an exact power of ten: one correctly rounded step). False for anything
 * else (spaces, commas, '%', signs, special values), which `readNumber` reads;
 * `dotIsDecimal: false` leaves a dot to it too (a thousands separator there).
 * @example readPlainNumber('x;-12.50;', 2, 8, true) // true, plain = { value: -12.5, decimals: 2 }
 */
export function readPlainNumber(
	text: string,
	start: number,
	end: number,
	dotIsDecimal: boolean
): boolean {
	const negative = start < end && text.charCodeAt(start) === 45;
	let digits = 0;
	let mantissa = 0;
	/** -1 until a dot is met, then the digits after it. */
	let decimals = -1;
	for (let at = negative ? start + 1 : start; at < end; at++) {
		const code = text.charCodeAt(at);
		if (code >= 48 && code <= 57) {
			mantissa = mantissa * 10 + (code - 48);
			digits++;
			if (decimals >= 0) decimals++;
		} else if (code === 46 && decimals < 0 && digits > 0 && dotIsDecimal) decimals = 0;
		else return false;
	}
	if (digits === 0 || digits > 15 || decimals === 0) return false;
	const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
	plain.value = negative ? -value : value;
	plain.decimals = decimals > 0 ? decimals : 0;
	return true;
}
