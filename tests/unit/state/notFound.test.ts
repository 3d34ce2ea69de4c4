import { describe, expect, it } from 'vitest';
import { notFoundOf } from '$lib/state/notFound';

describe('notFoundOf', () => {
	it.each([
		['/departement/99', { kind: 'departement', code: '99', suggestion: null }],
		['/departement/75', { kind: 'departement', code: '75', suggestion: null }],
		['/departement/2A', { kind: 'departement', code: '2A', suggestion: null }],
		['/departement/1', { kind: 'departement', code: '1', suggestion: '01' }],
		['/departement/7', { kind: 'departement', code: '7', suggestion: '07' }],
		['/region/xx', { kind: 'region', code: 'xx', suggestion: null }],
		['/region/84/', { kind: 'region', code: '84', suggestion: null }],
		['/nope', { kind: 'page' }],
		['/departement/01/extra', { kind: 'page' }]
	])('%s', (path, expected) => {
		expect(notFoundOf(path)).toEqual(expected);
	});
});
