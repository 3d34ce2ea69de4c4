import { describe, expect, it } from 'vitest';
import { placeEndLabels } from '$lib/charts/labels';

const options = { top: 0, bottom: 100, height: 12 };
const ys = (placed: ReturnType<typeof placeEndLabels>) => placed.map((p) => (p.shown ? p.y : null));

describe('placeEndLabels', () => {
	it.each([
		{ name: 'no label', requests: [], expected: [] },
		{ name: 'a single label stays on its line', requests: [{ key: 'a', y: 40 }], expected: [40] },
		{
			name: 'labels far apart stay on their lines',
			requests: [
				{ key: 'a', y: 20 },
				{ key: 'b', y: 60 }
			],
			expected: [20, 60]
		},
		{
			name: 'two overlapping labels move apart around their mean',
			requests: [
				{ key: 'a', y: 50 },
				{ key: 'b', y: 52 }
			],
			expected: [45, 57]
		},
		{
			name: 'input order does not matter: results come back in input order',
			requests: [
				{ key: 'b', y: 52 },
				{ key: 'a', y: 50 }
			],
			expected: [57, 45]
		},
		{
			name: 'labels near the top are pushed down, inside the frame',
			requests: [
				{ key: 'a', y: 1 },
				{ key: 'b', y: 2 }
			],
			expected: [6, 18]
		},
		{
			name: 'labels near the bottom are pushed up, inside the frame',
			requests: [
				{ key: 'a', y: 99 },
				{ key: 'b', y: 99 }
			],
			expected: [82, 94]
		},
		{
			name: 'a line without an end (NaN) gets no label',
			requests: [
				{ key: 'a', y: NaN },
				{ key: 'b', y: 30 }
			],
			expected: [null, 30]
		}
	])('$name', ({ requests, expected }) => {
		expect(ys(placeEndLabels(requests, options))).toEqual(expected);
	});

	it('never overlaps, and chains of labels stay in order', () => {
		const requests = [10, 12, 14, 16, 60, 61].map((y, i) => ({ key: String(i), y }));
		const placed = placeEndLabels(requests, options).map((p) => p.y);
		for (let i = 1; i < placed.length; i++)
			expect(placed[i] - placed[i - 1]).toBeGreaterThanOrEqual(12 - 1e-9);
	});

	it('leaves out the lowest priorities when the labels cannot all fit', () => {
		const requests = Array.from({ length: 10 }, (_, i) => ({
			key: `k${i}`,
			y: 50,
			priority: i === 3 ? 5 : 0
		}));
		const placed = placeEndLabels(requests, { top: 0, bottom: 48, height: 12 });
		expect(placed.filter((p) => p.shown)).toHaveLength(4);
		expect(placed[3].shown).toBe(true); // the prioritised one
		expect(placed.filter((p) => p.shown).map((p) => p.key)).toEqual(['k0', 'k1', 'k2', 'k3']);
	});

	it('leaves out labels that would move farther than maxShift', () => {
		const requests = [
			{ key: 'a', y: 50, priority: 1 },
			{ key: 'b', y: 50 },
			{ key: 'c', y: 50 }
		];
		const placed = placeEndLabels(requests, { ...options, maxShift: 8 });
		expect(placed.map((p) => p.shown)).toEqual([true, true, false]);
		expect(placed.filter((p) => p.shown).every((p) => Math.abs(p.y - p.target) <= 8)).toBe(true);
	});

	it('marks moved labels as shifted (for a leader line)', () => {
		const [a, b] = placeEndLabels(
			[
				{ key: 'a', y: 50 },
				{ key: 'b', y: 90 }
			],
			options
		);
		expect([a.shifted, b.shifted]).toEqual([false, false]);
		expect(
			placeEndLabels(
				[
					{ key: 'a', y: 50 },
					{ key: 'b', y: 51 }
				],
				options
			)[0].shifted
		).toBe(true);
	});

	it('is deterministic', () => {
		const requests = [30, 31, 32, 33].map((y, i) => ({ key: String(i), y }));
		expect(placeEndLabels(requests, options)).toEqual(placeEndLabels(requests, options));
	});
});
