import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { DataIssue } from '$lib/data/types';
import { formatIssue } from '$lib/i18n/formatIssue';
import IssuesPanel from '$lib/ui/IssuesPanel.svelte';

const notANumber: DataIssue = {
	file: 'firms.csv',
	kind: 'not-a-number',
	row: 3,
	column: 'value',
	value: 'abc'
};

describe('formatIssue', () => {
	it.each([
		[notANumber, 'fr', 'firms.csv, ligne 3, colonne value : nombre invalide (trouvé « abc »)'],
		[notANumber, 'en', 'firms.csv, row 3, column value: invalid number (found "abc")'],
		[
			{ file: 'jobs.csv', kind: 'duplicate', row: 9, expected: '4' },
			'fr',
			'jobs.csv, ligne 9 : ligne en double (attendu : première occurrence ligne 4)'
		],
		[
			{
				file: 'jobs.csv',
				kind: 'unknown-code',
				row: 5,
				column: 'geo_code',
				value: '99',
				expected: 'departement'
			},
			'en',
			'jobs.csv, row 5, column geo_code: unknown geographic code (found "99"; expected: a known "departement" code)'
		],
		[
			{ file: 'jobs.csv', kind: 'malformed-row', row: 7, value: '2', expected: '6' },
			'fr',
			'jobs.csv, ligne 7 : ligne mal formée (2 cellules au lieu de 6)'
		]
	] as [DataIssue, 'fr' | 'en', string][])('%o in %s', (issue, lang, expected) => {
		expect(formatIssue(issue, lang)).toBe(expected);
	});
});

describe('IssuesPanel', () => {
	it('shows every issue, located, in an alert', () => {
		const { body } = render(IssuesPanel, { props: { issues: [notANumber], lang: 'fr' } });
		expect(body).toContain('role="alert"');
		expect(body).toContain('1 problème dans les données');
		expect(body).toContain('firms.csv, ligne 3, colonne value : nombre invalide');
	});

	it('shows nothing when the data is clean', () => {
		const { body } = render(IssuesPanel, { props: { issues: [], lang: 'fr' } });
		expect(body).not.toContain('alert');
	});
});
