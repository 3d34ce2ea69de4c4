import { describe, expect, it } from 'vitest';
import {
	bands,
	chartFrame,
	fitText,
	linearAxis,
	logAxis,
	round,
	textWidth,
	tickDecimals,
	valueExtent
} from '$lib/charts/layout';
import { yearAxis } from '$lib/charts/trendLayout';

const NNBSP = '\u202f';

describe('round', () => {
	it.each([
		[12.345, 1, 12.3],
		[12.35, 0, 12],
		[-0.04, 1, 0],
		[-2.26, 1, -2.3]
	])('round(%s, %s) = %s', (value, digits, expected) => {
		expect(round(value, digits)).toBe(expected);
		expect(Object.is(round(value, digits), -0)).toBe(false);
	});
});

describe('chartFrame', () => {
	it('subtracts the margins, and never gives an empty plot', () => {
		const margins = { top: 10, right: 20, bottom: 40, left: 60 };
		expect(chartFrame(640, 400, margins)).toMatchObject({ innerWidth: 560, innerHeight: 350 });
		expect(chartFrame(50, 20, margins)).toMatchObject({ innerWidth: 1, innerHeight: 1 });
	});
});

describe('valueExtent', () => {
	it.each([
		{ values: [], zero: true, expected: [0, 1] },
		{ values: [null, null], zero: false, expected: [0, 1] },
		{ values: [5], zero: false, expected: [4.5, 5.5] },
		{ values: [5], zero: true, expected: [0, 5] },
		{ values: [0], zero: false, expected: [-1, 1] },
		{ values: [3, null, -2], zero: true, expected: [-2, 3] },
		{ values: [-8, -3], zero: true, expected: [-8, 0] },
		{ values: [-8, -3], zero: false, expected: [-8, -3] },
		{ values: [2, Infinity, NaN, 7], zero: false, expected: [2, 7] }
	])('$values (zero: $zero) → $expected', ({ values, zero, expected }) => {
		expect(valueExtent(values, { zero })).toEqual(expected);
	});
});

describe('tickDecimals', () => {
	it.each([
		[10, 0],
		[1, 0],
		[0.5, 1],
		[0.25, 2],
		[0.0001, 3],
		[0, 0]
	])('step %s → %s decimals', (step, expected) => expect(tickDecimals(step)).toBe(expected));
});

describe('linearAxis', () => {
	it('makes a nice domain and labels ticks in French', () => {
		const axis = linearAxis([0, 97], [300, 0], 'fr');
		expect(axis.domain).toEqual([0, 100]);
		expect(axis.ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
		expect(axis.ticks.map((t) => t.position)).toEqual([300, 240, 180, 120, 60, 0]);
	});

	it('groups thousands with a narrow no-break space and uses a decimal comma', () => {
		expect(linearAxis([0, 12000], [0, 100], 'fr').ticks.at(-1)?.label).toBe(`12${NNBSP}000`);
		expect(linearAxis([0, 1.2], [0, 100], 'fr').ticks[1].label).toBe('0,2');
		expect(linearAxis([0, 1.2], [0, 100], 'en').ticks[1].label).toBe('0.2');
	});

	it('handles negative values (changes) with 0 inside the domain', () => {
		const axis = linearAxis([-12, 30], [0, 420], 'fr');
		expect(axis.domain[0]).toBeLessThanOrEqual(-12);
		expect(axis.ticks.map((t) => t.label)).toContain('0');
		expect(axis.ticks.map((t) => t.label)).toEqual(['-20', '-10', '0', '10', '20', '30']);
	});
});

describe('logAxis', () => {
	it('ticks at 1, 2 and 5 × 10ⁿ on a short range, powers of ten on a long one', () => {
		expect(logAxis([3, 40], [0, 300], 'fr').ticks.map((t) => t.value)).toEqual([
			1, 2, 5, 10, 20, 50, 100
		]);
		expect(logAxis([3, 420], [0, 300], 'fr').ticks.map((t) => t.value)).toEqual([1, 10, 100, 1000]);
		expect(logAxis([1, 1e6], [0, 300], 'fr').ticks.map((t) => t.label)).toEqual([
			'1',
			'10',
			'100',
			`1${NNBSP}000`,
			`10${NNBSP}000`,
			`100${NNBSP}000`,
			`1${NNBSP}000${NNBSP}000`
		]);
	});

	it('falls back to [1, 10] for a domain that is not positive, and widens a single value', () => {
		expect(logAxis([0, 50], [0, 100], 'fr').domain).toEqual([1, 10]);
		const single = logAxis([20, 20], [0, 100], 'fr');
		expect(single.domain[0]).toBeLessThan(20);
		expect(single.domain[1]).toBeGreaterThan(20);
	});
});

describe('bands', () => {
	it('splits a range into equal bands with padding, and handles no key', () => {
		expect(bands(['a', 'b'], [0, 100], 0.2)).toEqual([
			{ key: 'a', start: 5, size: 40 },
			{ key: 'b', start: 55, size: 40 }
		]);
		expect(bands([], [0, 100], 0.2)).toEqual([]);
	});
});

describe('yearAxis', () => {
	it.each([
		{ years: [2015, 2025], count: 5, labels: ['2016', '2018', '2020', '2022', '2024'] },
		{ years: [1998, 2025], count: 3, labels: ['2000', '2010', '2020'] },
		{ years: [2021], count: 5, labels: ['2020', '2021', '2022'] },
		{ years: [], count: 5, labels: ['-1', '0', '1'] }
	])(
		'$years in about $count ticks → $labels (no thousands separator)',
		({ years, count, labels }) => {
			expect(yearAxis(years, [0, 500], count).ticks.map((t) => t.label)).toEqual(labels);
		}
	);
});

describe('text width', () => {
	it('estimates widths and cuts long labels with an ellipsis', () => {
		expect(textWidth('Rhône', 12)).toBe(33);
		expect(fitText('Rhône', 100, 12)).toBe('Rhône');
		expect(fitText('Pyrénées-Atlantiques', 70, 12)).toBe('Pyrénées-…');
		expect(fitText('Pyrénées-Atlantiques', 1, 12)).toBe('P…');
	});
});
