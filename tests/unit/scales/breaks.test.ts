import { describe, expect, it } from 'vitest';
import { equalIntervalBreaks, quantileBreaks } from '$lib/scales/breaks';
import { classColorScale } from '$lib/scales/colorScale';
import { legendClasses } from '$lib/scales/legendClasses';

describe('quantileBreaks', () => {
	it.each([
		{ values: [1, 2, 3, 4], classes: 2, expected: [2.5] },
		{ values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], classes: 5, expected: [2.8, 4.6, 6.4, 8.2] },
		{ values: [4, null, 1, 3, 2], classes: 2, expected: [2.5] },
		{ values: [5, 5, 5, 5], classes: 5, expected: [] },
		{ values: [7], classes: 3, expected: [] },
		{ values: [], classes: 5, expected: [] },
		{ values: [null, null], classes: 5, expected: [] }
	])('$values in $classes classes → $expected', ({ values, classes, expected }) => {
		const breaks = quantileBreaks(values, classes);
		expect(breaks).toHaveLength(expected.length);
		breaks.forEach((b, i) => expect(b).toBeCloseTo(expected[i], 9));
	});
});

describe('equalIntervalBreaks', () => {
	it.each([
		{ values: [0, 10], classes: 2, expected: [5] },
		{ values: [0, 3, 10], classes: 5, expected: [2, 4, 6, 8] },
		{ values: [2, 2], classes: 4, expected: [] }
	])('$values in $classes classes → $expected', ({ values, classes, expected }) => {
		expect(equalIntervalBreaks(values, classes)).toEqual(expected);
	});
});

describe('classColorScale', () => {
	it('gives one distinct colour per class, light to dark', () => {
		const scale = classColorScale([10, 20, 30, 40]);
		expect(new Set([5, 15, 25, 35, 45].map(scale)).size).toBe(5);
		expect(scale(10)).toBe(scale(15));
	});

	it('refuses thresholds out of order with a message naming them', () => {
		expect(() => classColorScale([10, 5])).toThrow('Thresholds must increase: 10 then 5');
	});

	it('still colours a map whose values are all equal (one class)', () => {
		expect(classColorScale([]).range()).toHaveLength(1);
	});
});

describe('legendClasses', () => {
	it('gives bounds from the data minimum to the maximum, and counts per class', () => {
		const values = [1, 2, 3, 4, null, 10];
		const classes = legendClasses(classColorScale([2.5, 4]), values);
		expect(classes.map((c) => [c.lower, c.upper, c.upperIncluded, c.count])).toEqual([
			[1, 2.5, false, 2],
			[2.5, 4, false, 1],
			[4, 10, true, 2]
		]);
	});

	it('puts a value equal to a threshold in the class above', () => {
		const [first, second] = legendClasses(classColorScale([5]), [5, 1]);
		expect([first.count, second.count]).toEqual([1, 1]);
	});
});

describe('legend bounds with breaks outside the data', () => {
	it('never invert: a typed break below the minimum opens the first class from it', () => {
		const classes = legendClasses(classColorScale([0, 10, 20]), [13.7, 15, 25]);
		for (const c of classes) expect(c.lower).toBeLessThanOrEqual(c.upper);
		expect(classes[0]).toMatchObject({ lower: 0, upper: 0, count: 0 });
		expect(classes.at(-1)).toMatchObject({ lower: 20, upper: 25, count: 1 });
	});
});
