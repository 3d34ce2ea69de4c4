import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportWords, sayIngest } from '$lib/i18n/ingestMessages';
import { ingest } from '$lib/ingest';
import { reasonOf, reasonSaid } from '$lib/ingest/issueList';
import { ENGLISH_MESSAGES, explain, type MessageKey } from '$lib/ingest/messages';
import { openFile } from '$lib/ingest/importFile';
import { joinReport, reportCsv } from '$lib/ingest/report';

const fixture = (file: string) =>
	new Uint8Array(fs.readFileSync(new URL(`../../fixtures/import/${file}`, import.meta.url)));
const broken = () =>
	ingest(fixture('broken.csv'), {
		code: { column: 'code', level: 'departement' },
		year: 'year',
		value: 'value',
		indicator: 'x'
	});

describe('the reading core’s messages in the page’s language', () => {
	it('gives a broken file’s reasons in French, located as in English', () => {
		expect(broken().issues.map((i) => [i.row, i.column, sayIngest(i, 'fr')])).toEqual([
			[3, '', '2 cellules alors que l’en-tête en a 3'],
			[4, 'year', '« 20x0 » n’est pas une année'],
			[5, '', 'même territoire, indicateur et année que la ligne 2'],
			[6, '', '4 cellules alors que l’en-tête en a 3']
		]);
	});

	it('keeps the English words in English', () => {
		const issues = broken().issues;
		expect(issues.map((i) => sayIngest(i, 'en'))).toEqual(issues.map((i) => i.message));
	});

	it.each([
		['a.csv', [], 'le fichier est vide'],
		['b.png', [0x89, 0x50, 0x4e, 0x47, 0, 0], 'un fichier binaire, pas un tableau'],
		['c.csv', [...new TextEncoder().encode('seul\n1\n2\n')], 'aucun tableau trouvé']
	])('refuses %s with a French reason', (_, bytes, french) => {
		const opened = openFile(new Uint8Array(bytes));
		expect(opened.ok ? 'opened' : sayIngest(opened, 'fr')).toContain(french);
	});

	it('has French words for every message (none left in English)', () => {
		const params = { cell: 'x', cells: 2, header: 3, first: 2, mark: ',', size: 400, max: 300 };
		const untranslated = (Object.keys(ENGLISH_MESSAGES) as MessageKey[]).filter(
			(key) => sayIngest({ key, params, message: '' }, 'fr') === ENGLISH_MESSAGES[key](params)
		);
		expect(untranslated).toEqual([]);
	});

	it('writes the downloadable report in French: reasons, counts and communes', () => {
		const result = ingest(fixture('communes-counted.csv'), {
			code: { column: 'Code commune', level: 'commune' },
			year: 'Année',
			value: 'Établissements',
			indicator: 'establishments',
			sumRows: true,
			levels: ['departement', 'region'],
			regionOf: { '69': '84', '74': '84' }
		});
		const lines = reportCsv(joinReport(result), reportWords('fr')).split('\n');
		expect(lines).toEqual(
			expect.arrayContaining([
				'ligne,colonne,motif',
				'8,Code commune,« 99001 » n’est pas un code de commune',
				',lignes lues,8',
				',communes additionnées dans Haute-Savoie (74),3',
				',communes additionnées dans Auvergne-Rhône-Alpes (84),5',
				',codes de commune inconnus,99001 X1234',
				',note,séparateur « ; »'
			])
		);
	});
});

describe('notes in French', () => {
	it('names the départements missing from a région sum, sorted, in the plural', () => {
		const result = ingest('code;year;value\n01;2020;5\n', {
			code: { column: 'code', level: 'departement' },
			year: 'year',
			value: 'value',
			indicator: 'x',
			levels: ['departement', 'region'],
			regionOf: { '07': '84', '01': '84', '03': '84' }
		});
		expect(joinReport(result).notes.map((n) => sayIngest(n, 'fr'))).toContain(
			'région 84, x 2020 : pas de somme, aucun chiffre pour les départements 03, 07'
		);
	});

	it('says the reasons of the issues beyond the first thousand, by key, with … for their values', () => {
		const issue = { row: 1002, column: 'code', ...explain('notDepartement', { cell: '99' }) };
		expect(reasonOf(issue)).toBe('notDepartement');
		const reason = reasonSaid(reasonOf(issue));
		expect(reason.message).toBe("'…' is not a département code");
		expect(sayIngest(reason, 'fr')).toBe('« … » n’est pas un code de département');
		expect(reasonSaid('row …: … bad')).toEqual({ message: 'row …: … bad' });
		const report = joinReport({
			...broken(),
			moreIssues: { count: 3, byReason: { notDepartement: 3 } }
		});
		expect(reportCsv(report, reportWords('fr'))).toContain(
			'problèmes en tout : « … » n’est pas un code de département,3'
		);
	});
});
