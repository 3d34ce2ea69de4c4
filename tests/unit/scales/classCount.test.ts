import { describe, expect, it } from 'vitest';
import { classCountNote, clampClasses } from '$lib/scales/classCount';
import { computeBreaks, type ClassMethod } from '$lib/scales/classify';

const note = (method: ClassMethod, values: number[], classes: number) =>
	classCountNote(method, values, classes, computeBreaks(method, values, classes));

describe('classCountNote', () => {
	it('says quantiles merged on a run of equal values, which value and how many areas', () => {
		const values = [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6];
		expect(note('quantile', values, 5)).toEqual({
			requested: 5,
			shown: 3,
			reason: { kind: 'ties', value: 0, count: 6 }
		});
	});

	it('says when there are fewer distinct values than classes', () => {
		expect(note('ckmeans', [1, 1, 2, 2, 3], 5)).toEqual({
			requested: 5,
			shown: 3,
			reason: { kind: 'few-values', distinct: 3 }
		});
	});

	it('says when round steps give another count', () => {
		expect(note('nice', [0, 37, 100], 3)?.reason).toEqual({ kind: 'round-steps' });
	});

	it.each([
		['quantile', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5],
		['equal', [0, 10], 5],
		['quantile', [], 5]
	] as const)('is null when %s gives the classes asked (or there is no data)', (m, v, k) => {
		expect(note(m, [...v], k)).toBeNull();
	});

	it('is null for typed thresholds', () => {
		expect(classCountNote('manual', [1, 2, 3], 5, [2])).toBeNull();
	});

	it.each([
		[12, 7],
		[1, 3],
		[4.6, 5],
		[NaN, 3]
	])('clamps %d classes to %d', (asked, expected) => {
		expect(clampClasses(asked)).toBe(expected);
	});
});
