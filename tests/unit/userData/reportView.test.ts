import { describe, expect, it } from 'vitest';
import { ingest } from '$lib/ingest';
import { joinReport } from '$lib/ingest/report';
import { reportView } from '$lib/userData/reportView';
import { overCap } from '../ingest/overCap';

// French numbers group thousands with a narrow no-break space.
const fr = (text: string) => text.replace(/(\d) (\d{3})/g, '$1\u202f$2');

describe('the report step of the importer', () => {
	it('gives the true totals in the headings, and how many rows it shows', () => {
		expect(reportView(overCap(), 'fr').groups.map((g) => g.title)).toEqual([
			fr('Codes inconnus (1 200 ; les 20 premières lignes ci-dessous)'),
			'Doublons (299 ; les 20 premières lignes ci-dessous)'
		]);
		expect(reportView(overCap(), 'en').groups[0].title).toBe(
			'Unknown codes (1,200; the first 20 rows below)'
		);
	});

	it('writes the counts with French digit grouping', () => {
		expect(reportView(overCap(), 'fr').counts[0]).toBe(
			fr('1 500 lignes lues, 1 acceptée, 1 499 rejetées')
		);
	});

	it('says the downloaded report lists the first 1,000 and counts all issues by reason', () => {
		const view = reportView(overCap(), 'fr');
		expect(view.more).toBe(
			fr(
				'1 499 problèmes en tout : le rapport téléchargé liste les 1 000 premiers et les compte tous par motif :'
			)
		);
		expect(view.byReason).toEqual([
			fr('1 200 × « … » n’est pas un code de département'),
			'299 × même territoire, indicateur et année que la ligne …'
		]);
	});

	it('points to the downloaded report for the rows beyond the table when it lists them all', () => {
		const rows = Array.from({ length: 25 }, (_, i) => `Z${i};2020;1`);
		const report = joinReport(
			ingest(`code;year;value\n01;2020;1\n${rows.join('\n')}\n`, {
				code: { column: 'code', level: 'departement' },
				year: 'year',
				value: 'value',
				indicator: 'x'
			})
		);
		const view = reportView(report, 'en');
		expect(view.groups.map((g) => g.title)).toEqual([
			'Unknown codes (25; the first 20 rows below)'
		]);
		expect(view.issues).toHaveLength(20);
		expect([view.more, view.byReason]).toEqual(['and 5 more in the downloaded report', []]);
	});
});
