import { describe, expect, it } from 'vitest';
import { rankAmong, rankWithin } from '$lib/map/viewHelpers';

describe('ranks', () => {
	it.each([
		[9, [9, 5, 5, 1], 1],
		[5, [9, 5, 5, 1], 2],
		[1, [9, 5, 5, 1, null], 4]
	])('%d among %j is %d (equal values share a rank)', (value, values, expected) => {
		expect(rankAmong(value, values)).toBe(expected);
	});

	it('ranks among all areas and within each région, areas without data unranked', () => {
		const area = (code: string, region: string, value: number | null) => ({
			code,
			name: code,
			region,
			value,
			valueText: '',
			rankInRegion: null as number | null,
			rankAll: null as number | null
		});
		const areas = [
			area('15', '84', 0),
			area('03', '84', 0),
			area('74', '84', 247),
			area('16', '75', 3),
			area('23', '75', null)
		];
		rankWithin(areas, true);
		expect(areas.map((a) => [a.code, a.rankAll, a.rankInRegion])).toEqual([
			['15', 3, 2],
			['03', 3, 2],
			['74', 1, 1],
			['16', 2, 1],
			['23', null, null]
		]);
	});
});
