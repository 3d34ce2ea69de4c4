import { describe, expect, it } from 'vitest';
import { ckmeansBreaks, niceBreaks, pooledValues } from '$lib/scales/breaks';
import {
	CLASS_METHODS,
	computeBreaks,
	MAX_CLASSES,
	MIN_CLASSES,
	parseManualBreaks,
	type ClassMethod
} from '$lib/scales/classify';

const computed = CLASS_METHODS.filter((m) => m !== 'manual');

const expectClose = (actual: number[], expected: number[]) => {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9));
};

describe('every computed method: edge cases give no threshold (one class)', () => {
	const cases = [
		{ name: 'all values equal', values: [5, 5, 5, 5] },
		{ name: 'a single value', values: [7] },
		{ name: 'no value', values: [] },
		{ name: 'only missing values', values: [null, null, NaN] }
	];
	it.each(computed.flatMap((method) => cases.map((c) => ({ method, ...c }))))(
		'$method, $name → []',
		({ method, values }) => {
			expect(computeBreaks(method, values, 5)).toEqual([]);
		}
	);
});

describe('every computed method on changes', () => {
	const changes = [-12, -3, 0, 4, 9];
	it.each([
		{ method: 'quantile', expected: [-2, 8 / 3] },
		{ method: 'equal', expected: [-5, 2] },
		{ method: 'ckmeans', expected: [-3, 4] },
		{ method: 'nice', expected: [-10, 0] }
	] satisfies { method: ClassMethod; expected: number[] }[])(
		'$method in 3 classes → $expected',
		({ method, expected }) => {
			expectClose(computeBreaks(method, changes, 3), expected);
		}
	);

	it.each(computed)('%s ignores null and NaN', (method) => {
		const clean = [-12, -3, 0, 4, 9, 15, 22];
		const holed = [null, -12, NaN, -3, 0, null, 4, 9, 15, 22, Infinity];
		expect(computeBreaks(method, holed, 4)).toEqual(computeBreaks(method, clean, 4));
	});

	it.each(computed)('%s gives increasing thresholds in ]min, max]', (method) => {
		const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4];
		const breaks = computeBreaks(method, values, 7);
		expect(breaks.length).toBeGreaterThan(0);
		expect(breaks.length).toBeLessThanOrEqual(MAX_CLASSES - 1);
		breaks.forEach((t, i) => {
			expect(t).toBeGreaterThan(i === 0 ? 1 : breaks[i - 1]);
			expect(t).toBeLessThanOrEqual(9);
		});
	});
});

describe('ckmeansBreaks', () => {
	it.each([
		{ values: [1, 2, 3, 10, 11, 12, 30], classes: 3, expected: [10, 30] },
		{ values: [1, 1, 1, 2, 2], classes: 5, expected: [2] },
		{ values: [3, 1, 2], classes: 7, expected: [2, 3] },
		{ values: [0, 0, 10, 10, 10, 50], classes: 2, expected: [50] }
	])('$values in $classes classes → $expected', ({ values, classes, expected }) => {
		expect(ckmeansBreaks(values, classes)).toEqual(expected);
	});
});

describe('niceBreaks', () => {
	it.each([
		{ values: [0, 37, 100], classes: 5, expected: [20, 40, 60, 80] },
		{ values: [0, 100], classes: 7, expected: [20, 40, 60, 80] },
		{ values: [0, 80], classes: 4, expected: [20, 40, 60] },
		{ values: [0, 1], classes: 5, expected: [0.2, 0.4, 0.6, 0.8] },
		{ values: [0.03, 0.27], classes: 5, expected: [0.05, 0.1, 0.15, 0.2, 0.25] },
		{ values: [-12, -3, 0, 4, 9], classes: 4, expected: [-10, 0] }
	])('$values in about $classes classes → $expected', ({ values, classes, expected }) => {
		expectClose(niceBreaks(values, classes), expected);
	});
});

describe('computeBreaks', () => {
	it.each([
		{ classes: 1, expected: [10, 20] },
		{ classes: 3, expected: [10, 20] },
		{ classes: 4.4, expected: [7.5, 15, 22.5] },
		{ classes: 20, expected: [30 / 7, 60 / 7, 90 / 7, 120 / 7, 150 / 7, 180 / 7] },
		{ classes: NaN, expected: [10, 20] }
	])('clamps $classes classes to 3..7', ({ classes, expected }) => {
		expectClose(computeBreaks('equal', [0, 30], classes), expected);
	});

	it('uses manual thresholds as they are, as a copy', () => {
		const manual = [2, 50];
		const result = computeBreaks('manual', [0, 10], 5, manual);
		expect(result).toEqual([2, 50]);
		expect(result).not.toBe(manual);
		expect(computeBreaks('manual', [0, 10], 5)).toEqual([]);
	});

	it('lists the methods and the class range', () => {
		expect(CLASS_METHODS).toEqual(['quantile', 'equal', 'ckmeans', 'nice', 'manual']);
		expect([MIN_CLASSES, MAX_CLASSES]).toEqual([3, 7]);
	});

	it('pools the values of all years for fixed breaks', () => {
		const pooled = pooledValues([[1, 2], [3, null, 4], []]);
		expect(pooled).toEqual([1, 2, 3, null, 4]);
		expect(computeBreaks('quantile', pooled, 3)).toHaveLength(2);
	});
});

describe('parseManualBreaks', () => {
	it.each([
		{ text: '0 - 10 - 20 - 50', expected: [0, 10, 20, 50] },
		{ text: '0 ; 10 ; 20', expected: [0, 10, 20] },
		{ text: '0, 10, 20', expected: [0, 10, 20] },
		{ text: '0 10 20', expected: [0, 10, 20] },
		{ text: '2,5 ; 7,5', expected: [2.5, 7.5] },
		{ text: '2,5 - 7,5', expected: [2.5, 7.5] },
		{ text: '2.5, 7.5', expected: [2.5, 7.5] },
		{ text: '-5 - 0 - 5', expected: [-5, 0, 5] },
		{ text: '−5 – 0 — 5', expected: [-5, 0, 5] },
		{ text: '-10 - -5 - -2,5', expected: [-10, -5, -2.5] },
		{ text: '-10--5', expected: [-10, -5] },
		{ text: '-3 ; 0 ; 3', expected: [-3, 0, 3] },
		{ text: '1 000 - 2 500', expected: [1000, 2500] },
		{ text: '  0 - 10 - ', expected: [0, 10] },
		{ text: '2,5 ;', expected: [2.5] },
		{ text: '2,5', expected: [2, 5] },
		{ text: '-0 ; 1', expected: [0, 1] }
	])('reads "$text" as $expected', ({ text, expected }) => {
		expect(parseManualBreaks(text)).toEqual({ thresholds: expected });
	});

	it.each([
		{ text: '', error: { kind: 'empty' } },
		{ text: ' ; - ', error: { kind: 'not-a-number', token: '-' } },
		{ text: '  ', error: { kind: 'empty' } },
		{ text: 'abc', error: { kind: 'not-a-number', token: 'abc' } },
		{ text: '0 - 1x - 2', error: { kind: 'not-a-number', token: '1x' } },
		{ text: '1,5, 2', error: { kind: 'out-of-order', previous: 5, next: 2 } },
		{ text: '10 - 5', error: { kind: 'out-of-order', previous: 10, next: 5 } },
		{ text: '0 - 20 - 20', error: { kind: 'out-of-order', previous: 20, next: 20 } },
		{ text: '0 - - 10', error: { kind: 'out-of-order', previous: 0, next: -10 } },
		{ text: '1;2;3;4;5;6;7', error: { kind: 'too-many', count: 7, max: 6 } }
	])('refuses "$text" with $error', ({ text, error }) => {
		expect(parseManualBreaks(text)).toEqual({ error });
	});

	it('accepts 6 thresholds (7 classes)', () => {
		expect(parseManualBreaks('1;2;3;4;5;6')).toEqual({ thresholds: [1, 2, 3, 4, 5, 6] });
	});
});
