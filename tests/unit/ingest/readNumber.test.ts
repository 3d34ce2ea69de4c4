import { describe, expect, it } from 'vitest';
import { readNumber } from '$lib/ingest';

describe('readNumber', () => {
	it.each([
		['1 234,5', 1234.5],
		['1\u00a0234,5', 1234.5],
		['1\u202f234,5', 1234.5],
		['1.234,5', 1234.5],
		['1.234.567', 1234567],
		['1,234.5', 1234.5],
		['4820.0', 4820],
		['-3,2', -3.2],
		['\u22123,2', -3.2],
		['14,7 %', 14.7],
		['0', 0]
	])('reads %j as %d', (text, value) => {
		expect(readNumber(text, { percent: true })).toMatchObject({ kind: 'number', value });
	});

	it.each(['', ' ', 's', 'S', 'nd', 'n.d.', '-', '…', '(c)'])(
		'reads %j as no data, never 0',
		(text) => {
			expect(readNumber(text)).toEqual({ kind: 'no-data' });
		}
	);

	it.each(['abc', '1,2,3', '12 34', '1.2.3,4,5', '--1', '12 %'])('rejects %j', (text) => {
		expect(readNumber(text).kind).toBe('invalid');
	});

	it('reads a dot as thousands when the file says the decimal mark is a comma', () => {
		expect(readNumber('1.234', { decimal: ',' })).toMatchObject({ value: 1234 });
		expect(readNumber('1.234')).toMatchObject({ value: 1.234 });
	});
});
