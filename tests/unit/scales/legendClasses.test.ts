import { describe, expect, it } from 'vitest';
import { distinctDecimals, formatInterval, legendBounds } from '$lib/scales/legendClasses';

describe('distinctDecimals', () => {
	it.each([
		// Bar-turning per 10,000 inhabitants by région: 2 decimals printed 0,01 twice.
		[[0, 0.0071, 0.0125, 0.0262, 0.351], 2, 3],
		[[18.6, 22.1, 23.9, 36.7], 1, 1],
		[[219, 240, 257], 0, 0],
		[[0, 0.0004, 0.011], 2, 4],
		[[1234.2, 1234.4, 1300], 0, 1],
		// A last class holding the maximum alone repeats it: equal bounds do not count.
		[[18.6, 29.8, 36.7, 36.7], 1, 1],
		[[], 2, 2]
	])('%j from %d decimals → %d', (bounds, minimum, expected) => {
		expect(distinctDecimals(bounds, minimum)).toBe(expected);
	});
});

describe('legendBounds and formatInterval', () => {
	it('lists the first lower bound, then every upper bound', () => {
		expect(
			legendBounds([
				{ lower: 0, upper: 5 },
				{ lower: 5, upper: 9 }
			])
		).toEqual([0, 5, 9]);
	});

	it.each([
		[{ lower: 12.5, upper: 20, upperIncluded: false }, 'fr', '[12,5 ; 20['],
		[{ lower: 12.5, upper: 20, upperIncluded: true }, 'en', '[12.5, 20]'],
		[{ lower: 36.7, upper: 36.7, upperIncluded: true }, 'fr', '36,7']
	] as const)('%j in %s → %s', (c, lang, expected) => {
		expect(formatInterval(c, lang, 1)).toBe(expected);
	});
});
