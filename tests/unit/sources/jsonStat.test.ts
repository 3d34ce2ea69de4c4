import { describe, expect, it } from 'vitest';
import { readJsonStat } from '$lib/sources';

/** A 2 × 3 cube (unit × geo) in JSON-stat 2.0, with the given value and status. */
function cube(value: unknown, status?: unknown, extra: Record<string, unknown> = {}) {
	return JSON.stringify({
		version: '2.0',
		class: 'dataset',
		id: ['unit', 'geo'],
		size: [2, 3],
		dimension: {
			unit: { category: { index: { FTE: 0, HC: 1 } } },
			geo: { category: { index: ['FR', 'FRK1', 'FRK2'] } }
		},
		value,
		...(status === undefined ? {} : { status }),
		...extra
	});
}
const figures = (text: string) =>
	readJsonStat(text, 'x.json').cells.map((c) => [c.coords.unit, c.coords.geo, c.value, c.status]);

describe('readJsonStat (JSON-stat 2.0)', () => {
	it('reads a dense value list in the order of id and size, the last dimension fastest', () => {
		expect(figures(cube([1, 2, 3, 4, 5, 6]))).toEqual([
			['FTE', 'FR', 1, ''],
			['FTE', 'FRK1', 2, ''],
			['FTE', 'FRK2', 3, ''],
			['HC', 'FR', 4, ''],
			['HC', 'FRK1', 5, ''],
			['HC', 'FRK2', 6, '']
		]);
	});

	it('reads a sparse value object as the same cells, and skips the nulls of a dense list', () => {
		const dense = figures(cube([null, 2, null, null, 5, null]));
		expect(figures(cube({ 1: 2, 4: 5 }))).toEqual(dense);
		expect(dense).toEqual([
			['FTE', 'FRK1', 2, ''],
			['HC', 'FRK1', 5, '']
		]);
	});

	it('keeps each cell’s status, from an object, a list or one string for all', () => {
		expect(figures(cube({ 1: 2, 4: 5 }, { 1: 'p', 2: 'c' }))).toEqual([
			['FTE', 'FRK1', 2, 'p'],
			['FTE', 'FRK2', null, 'c'],
			['HC', 'FRK1', 5, '']
		]);
		expect(figures(cube([1, 2, 3, 4, 5, 6], [null, 'e', null, null, null, 'b']))).toContainEqual([
			'HC',
			'FRK2',
			6,
			'b'
		]);
		expect(figures(cube({ 0: 1 }, 'p'))).toHaveLength(6);
	});

	it('follows the dimension order of id, whatever it is', () => {
		const swapped = JSON.stringify({
			version: '2.0',
			class: 'dataset',
			id: ['geo', 'unit'],
			size: [3, 2],
			dimension: {
				unit: { category: { index: ['FTE', 'HC'] } },
				geo: { category: { index: { FR: 0, FRK1: 1, FRK2: 2 } } }
			},
			value: [1, 4, 2, 5, 3, 6]
		});
		expect(new Set(figures(swapped))).toEqual(new Set(figures(cube([1, 2, 3, 4, 5, 6]))));
	});

	it.each([
		['{"version":', 'x.json: not valid JSON'],
		[
			'{"error":[{"status":400,"id":100,"label":"No results found"}]}',
			'x.json: the publisher answered with an error: 400 100 No results found'
		],
		[cube([1, 2, 3]), 'x.json: "value" has 3 entries, the dimensions\' sizes give 6'],
		[cube({ 9: 1 }), 'x.json: value["9"] is not a position between 0 and 5'],
		[cube({ 1: '12,5' }), 'x.json: value["1"] is "12,5", expected a number or null'],
		[cube([1, 2, 3, 4, 5, 6], undefined, { size: [2, 2] }), 'dimension.geo has 3 categories']
	])('says where a file is not JSON-stat 2.0: %s', (text, message) => {
		const reading = readJsonStat(text, 'x.json');
		expect(reading.problems.join('\n')).toContain(message);
	});
});
