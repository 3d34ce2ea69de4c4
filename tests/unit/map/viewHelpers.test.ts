import { describe, expect, it } from 'vitest';
import { rankAmong, rankWithin, sizeLabelBaselines, summarize } from '$lib/map/viewHelpers';

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

describe('summarize', () => {
	const area = (name: string, value: number | null) => ({
		code: name,
		name,
		region: '84',
		value,
		valueText: '',
		rankInRegion: null,
		rankAll: null
	});
	const quantity = (v: number) => `${v} units`;

	it('names one area, or up to 3 sharing the value, and counts them beyond', () => {
		const areas = [
			area('Ain', 9),
			area('Drôme', 9),
			area('Isère', 5),
			...['Cantal', 'Creuse', 'Landes', 'Gironde'].map((n) => area(n, 0)),
			area('Savoie', null)
		];
		expect(summarize(areas, 'fr', quantity, 'departement')).toBe(
			'Valeur la plus élevée : Ain et Drôme (9 units) ; la plus basse : 0 units, partagée par 4 départements ; médiane : 0 units (7 zones sur 8 ont une valeur).'
		);
		expect(summarize(areas.slice(0, 4), 'en', quantity, 'region')).toBe(
			'Highest: Ain and Drôme (9 units); lowest: Cantal (0 units); median: 7 units.'
		);
	});
});

describe('sizeLabelBaselines', () => {
	it('keeps each label at its circle’s top when they are far enough apart', () => {
		expect(sizeLabelBaselines([30, 15, 6.7], 64)).toEqual([7, 37, 53.6]);
	});

	it('moves a label up so that no two labels come closer than the gap (20 000 / 5 000 / 1 000)', () => {
		const radii = [24.9, 12.5, 5.6];
		const placed = sizeLabelBaselines(radii, 64);
		expect(placed[2]).toBeCloseTo(64 - 2 * 5.6 + 3);
		for (let i = 0; i < placed.length - 1; i++)
			expect(placed[i + 1] - placed[i]).toBeGreaterThanOrEqual(14);
		// Never lower than the circle's own top.
		placed.forEach((y, i) => expect(y).toBeLessThanOrEqual(64 - 2 * radii[i] + 3));
	});
});
