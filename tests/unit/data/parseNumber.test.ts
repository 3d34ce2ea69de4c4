import { describe, expect, it } from 'vitest';
import { parseNumber } from '$lib/data/parseNumber';

describe('parseNumber', () => {
	it.each([
		['1234', 1234],
		['1234.5', 1234.5],
		['1 234,5', 1234.5],
		['1\u202f234,5', 1234.5],
		['1\u00a0234', 1234],
		['12,5', 12.5],
		['1.234,5', 1234.5],
		['1,234.5', 1234.5],
		['-3,2', -3.2],
		[' 42 ', 42]
	])('reads %j as %d', (text, expected) => {
		expect(parseNumber(text)).toBe(expected);
	});

	it.each(['', 'abc', '1,2,3', '12 %', '1e5', 'NaN', '--1'])('rejects %j', (text) => {
		expect(parseNumber(text)).toBeNull();
	});
});
