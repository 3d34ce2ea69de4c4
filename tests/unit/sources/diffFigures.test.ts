import { describe, expect, it } from 'vitest';
import { diffFigures, formatDiff, type DataRow } from '$lib/sources';

const row = (
	geo_code: string,
	year: string,
	value: string,
	source = 'a',
	indicator = 'x'
): DataRow => ({
	geo_level: 'departement',
	geo_code,
	indicator,
	year,
	value,
	source
});
const before = [row('01', '2024', '100'), row('03', '2024', '200'), row('07', '2024', '300')];

describe('diffFigures', () => {
	it('counts added, changed, removed and re-sourced figures per indicator and year', () => {
		const after = [
			row('01', '2024', '100', 'b'),
			row('03', '2024', '210'),
			row('07', '2024', '300'),
			row('01', '2025', '1'),
			row('03', '2025', '2'),
			row('07', '2025', '3')
		];
		const diff = diffFigures(before, after);
		expect(diff.changes).toEqual([
			{ indicator: 'x', year: '2024', added: 0, changed: 1, removed: 0, resourced: 1 },
			{ indicator: 'x', year: '2025', added: 3, changed: 0, removed: 0, resourced: 0 }
		]);
		expect(diff.largestMoves).toEqual([
			{
				indicator: 'x',
				geo_level: 'departement',
				geo_code: '03',
				year: '2024',
				from: 200,
				to: 210,
				relative: 0.05
			}
		]);
		expect(diff.refusals).toEqual([]);
		expect(formatDiff(diff)).toEqual([
			'x 2024: 1 changed, 1 same value from a new source',
			'x 2025: 3 added',
			'largest moves:',
			'  x departement 03 2024: 200 → 210 (+5.0 %)'
		]);
	});

	it('refuses figures removed (a column gone)', () => {
		const diff = diffFigures(before, before.slice(0, 2));
		expect(diff.changes).toEqual([
			{ indicator: 'x', year: '2024', added: 0, changed: 0, removed: 1, resourced: 0 }
		]);
		expect(diff.refusals[0]).toBe('1 figures would be removed (first: x departement 07 2024)');
	});

	it('refuses a new year without a département the indicator had', () => {
		const diff = diffFigures(before, [...before, row('01', '2025', '1'), row('03', '2025', '2')]);
		expect(diff.refusals).toEqual(['x 2025: département 07 missing']);
	});

	it('refuses a series whose values mostly move by more than half, not one that moves a little', () => {
		const doubled = [row('01', '2024', '300'), row('03', '2024', '500'), row('07', '2024', '310')];
		expect(diffFigures(before, doubled).refusals).toEqual([
			'x (departement): 2 of 3 figures move by more than half'
		]);
		const oneJump = [row('01', '2024', '300'), row('03', '2024', '201'), row('07', '2024', '299')];
		expect(diffFigures(before, oneJump).refusals).toEqual([]);
		expect(diffFigures(before, oneJump).largestMoves[0]).toMatchObject({
			geo_code: '01',
			relative: 2
		});
	});
});
