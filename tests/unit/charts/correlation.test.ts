import { describe, expect, it } from 'vitest';
import { correlationStrength, describeCorrelation, pearson } from '$lib/charts/correlation';

const departements = (n: number) => `${n} département${n > 1 ? 's' : ''}`;

describe('pearson', () => {
	it.each([
		{
			name: 'perfect positive',
			pairs: [
				[1, 2],
				[2, 4],
				[3, 6]
			],
			r: 1,
			n: 3
		},
		{
			name: 'perfect negative',
			pairs: [
				[1, 3],
				[2, 2],
				[3, 1]
			],
			r: -1,
			n: 3
		},
		{
			name: 'strong positive',
			pairs: [
				[1, 2],
				[2, 4],
				[3, 7]
			],
			r: 0.9934,
			n: 3
		},
		{
			name: 'negative values',
			pairs: [
				[-5, -10],
				[-1, -2],
				[0, 1],
				[4, 7]
			],
			r: 0.9946,
			n: 4
		},
		{
			name: 'missing values are left out',
			pairs: [
				[1, 1],
				[2, 2],
				[null, 5],
				[3, 3],
				[4, null]
			],
			r: 1,
			n: 3
		}
	] as const)('$name', ({ pairs, r, n }) => {
		const result = pearson(pairs);
		expect(result.n).toBe(n);
		expect(result.r).toBeCloseTo(r, 4);
	});

	it.each([
		{ name: 'empty', pairs: [], n: 0 },
		{ name: 'a single point', pairs: [[1, 2]], n: 1 },
		{
			name: 'two points',
			pairs: [
				[1, 2],
				[2, 3]
			],
			n: 2
		},
		{
			name: 'no spread in x',
			pairs: [
				[1, 2],
				[1, 3],
				[1, 4]
			],
			n: 3
		},
		{
			name: 'no spread in y',
			pairs: [
				[1, 2],
				[2, 2],
				[3, 2]
			],
			n: 3
		}
	] as const)('is undefined (null, never 0): $name', ({ pairs, n }) => {
		expect(pearson(pairs)).toEqual({ r: null, n });
	});
});

describe('correlationStrength', () => {
	it.each([
		[0, 'negligible'],
		[-0.05, 'negligible'],
		[0.1, 'weak'],
		[-0.3, 'moderate'],
		[0.5, 'strong'],
		[0.82, 'strong'],
		[-0.95, 'very-strong'],
		[1, 'very-strong']
	] as const)('r = %s is %s', (r, strength) => expect(correlationStrength(r)).toBe(strength));
});

describe('describeCorrelation', () => {
	it.each([
		{
			r: 0.82,
			n: 24,
			lang: 'fr',
			text: 'Corrélation forte et positive (r = 0,82, 24 départements)'
		},
		{
			r: -0.41,
			n: 12,
			lang: 'fr',
			text: 'Corrélation modérée et négative (r = -0,41, 12 départements)'
		},
		{ r: 0.05, n: 24, lang: 'fr', text: 'Pas de corrélation notable (r = 0,05, 24 départements)' },
		{
			r: 0.93,
			n: 24,
			lang: 'en',
			text: 'Very strong positive correlation (r = 0.93, 24 départements)'
		},
		{
			r: null,
			n: 2,
			lang: 'fr',
			text: 'Trop peu de points pour mesurer une corrélation (2 départements)'
		},
		{
			r: null,
			n: 5,
			lang: 'en',
			text: 'Correlation undefined: the values do not vary (5 départements)'
		}
	] as const)('$lang, r = $r, n = $n', ({ r, n, lang, text }) => {
		expect(describeCorrelation({ r, n }, lang, departements)).toBe(text);
	});
});
