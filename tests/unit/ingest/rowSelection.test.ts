import { describe, expect, it } from 'vitest';
import { ingest } from '$lib/ingest';

const REGION_OF = { '01': '84', '03': '84' };

describe('ingest: rows kept, left out and counted in several groups', () => {
	it('keepRows and dropRows leave out detail rows and totals, which are neither figures nor errors', () => {
		const text = [
			'Date;Code commune;Sexe;Nombre',
			'2024-T4;01053;Total;100',
			'2024-T4;01053;Hommes;55',
			'2024-T4;01004;Total;20',
			'2024-T4;Total;Total;999999'
		].join('\n');
		const result = ingest(text, {
			code: { column: 'Code commune', level: 'commune' },
			year: 'Date',
			yearPattern: /^(\d{4})-T4$/,
			value: 'Nombre',
			indicator: 'jobseekers_abc',
			keepRows: { Sexe: ['Total'] },
			dropRows: { 'Code commune': ['Total'] },
			sumRows: true
		});
		expect(result).toMatchObject({ rows: 4, accepted: 4, rejected: 0, issues: [] });
		expect(result.values).toEqual([
			{
				geo_level: 'departement',
				geo_code: '01',
				indicator: 'jobseekers_abc',
				year: 2024,
				value: 120
			}
		]);
		expect(result.notes).toContain(
			'2 rows left out by the mapping (other rows, periods or groups)'
		);
	});

	it('yearPattern takes the year of the periods it matches and leaves the others out', () => {
		const text = ['Code région;Jour;Effectifs', '84;2024-09-30;10', '84;2024-12-31;12'].join('\n');
		const result = ingest(text, {
			code: { column: 'Code région', level: 'region' },
			year: 'Jour',
			yearPattern: /^(\d{4})-12-31$/,
			value: 'Effectifs',
			indicator: 'jobs'
		});
		expect(result.values).toEqual([
			{ geo_level: 'region', geo_code: '84', indicator: 'jobs', year: 2024, value: 12 }
		]);
		expect(result.rejected).toBe(0);
	});

	it('a category in several groups counts in each; a row in none adds nothing', () => {
		const text = [
			'Code département;Secteur;Effectifs 2024',
			'01;GS1 Industrie;10',
			'03;GS1 Industrie;5',
			'01;GS3 Commerce;7',
			'01;Hors champ;1000'
		].join('\n');
		const groupsOf = (label: string) =>
			label.startsWith('GS1') ? ['industry', 'total'] : label.startsWith('GS') ? ['total'] : [];
		const result = ingest(text, {
			code: { column: 'Code département', level: 'departement' },
			wideByYear: { Effectifs: 'jobs' },
			category: { column: 'Secteur', groupsOf },
			sumRows: true,
			levels: ['departement', 'region'],
			regionOf: REGION_OF
		});
		const value = (code: string, indicator: string) =>
			result.values.find((v) => v.geo_code === code && v.indicator === indicator)?.value;
		expect(value('01', 'jobs_industry')).toBe(10);
		expect(value('01', 'jobs_total')).toBe(17);
		expect(value('84', 'jobs_total')).toBe(22);
		expect(result).toMatchObject({ accepted: 4, rejected: 0 });
	});

	it('a filter column absent from the header is located on the header row', () => {
		const result = ingest('Code;Valeur;Année\n01;3;2024', {
			code: { column: 'Code', level: 'departement' },
			year: 'Année',
			value: 'Valeur',
			indicator: 'x',
			keepRows: { Sexe: ['Total'] }
		});
		expect(result.issues).toEqual([
			{
				row: 1,
				column: 'Sexe',
				key: 'columnNotFound',
				params: {},
				message: 'column not found in the header'
			}
		]);
		expect(result.rejected).toBe(1);
	});
});
