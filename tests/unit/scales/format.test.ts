import { describe, expect, it } from 'vitest';
import { decimalsFor, formatNumber } from '$lib/scales/format';

describe('formatNumber', () => {
	it.each([
		[1234.5, 'fr', 1, '1\u202f234,5'],
		[1234567, 'fr', 0, '1\u202f234\u202f567'],
		[12.5, 'fr', 1, '12,5'],
		[0.05, 'fr', 2, '0,05'],
		[1234.5, 'en', 1, '1,234.5'],
		[3.14159, 'en', 2, '3.14']
	] as const)('%d in %s with %d decimals → %j', (value, lang, digits, expected) => {
		expect(formatNumber(value, lang, digits)).toBe(expected);
	});
});

describe('decimalsFor', () => {
	it.each([
		[[120, 3400], 0],
		[[12.3, 45.6], 1],
		[[0.3, 4.5], 2],
		[[0.003, 0.016], 3],
		[[0.0004, 0.0031], 4],
		[[0, 0], 0]
	])('%j → %d decimals', (values, expected) => {
		expect(decimalsFor(values)).toBe(expected);
	});
});
