import { describe, expect, it } from 'vitest';
import { nextInOrder, nextOnPlane } from '$lib/charts/rovingFocus';

describe('keyboard through the marks of a chart', () => {
	it('walks bars in order, Home and End to the ends, staying put past an end', () => {
		const keys = ['69', '74', '38'];
		expect(nextInOrder(keys, '69', 'ArrowDown')).toBe('74');
		expect(nextInOrder(keys, '74', 'ArrowUp')).toBe('69');
		expect(nextInOrder(keys, '38', 'ArrowDown')).toBeNull();
		expect(nextInOrder(keys, '74', 'End')).toBe('38');
	});

	it('goes to the nearest point in the arrow’s direction on a plane', () => {
		const points = [
			{ key: 'a', x: 0, y: 0 },
			{ key: 'b', x: 10, y: 2 },
			{ key: 'c', x: 1, y: -10 }
		];
		expect(nextOnPlane(points, 'a', 'ArrowRight')).toBe('b');
		expect(nextOnPlane(points, 'a', 'ArrowUp')).toBe('c');
		expect(nextOnPlane(points, 'b', 'ArrowRight')).toBeNull();
	});
});
