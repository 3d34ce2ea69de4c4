import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest, type IngestOptions } from '$lib/ingest';
import { REGION_OF_DEPARTEMENT } from '$lib/ingest/territoryNames';
import { wholeFileIngest } from './wholeFileIngest';

// Summed mappings are read by `FastRowReader` (rows without a problem) and `readRow` (the
// others); the whole-file read gives every row to `readRow`: both must give the same result.
const code = fc.constantFrom(
	'01001',
	'01001 Ambérieu',
	'74081 Cluses',
	'2A004',
	' 74081',
	'1001',
	'01001.0',
	'010011',
	'01001a',
	'96001',
	'97411 Saint-Denis',
	'97701 Saint-Barthélemy',
	'',
	'x',
	'01',
	'84',
	'2a'
);
const number = fc.oneof(
	fc.integer({ min: -99999, max: 99999 }).map(String),
	fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => n.toFixed(2)),
	fc.constantFrom(
		'',
		'0.1',
		'0.2',
		'-0',
		'12.',
		'.5',
		'1.234',
		'1 234,5',
		'12,5',
		'3 %',
		's',
		'n.d.'
	),
	fc.constantFrom('-', 'x', '1e3', '007', '+1', ' 1', '2 ', '1,234.5', '9007199254740993'),
	fc.constantFrom(
		'1234567890123456',
		'1.2345678901234567',
		'0.30000000000000004',
		'123456.789012345678'
	)
);
const category = fc.constantFrom(
	'GS1 Industrie',
	'GS2 Construction',
	'Autres',
	'',
	' GS1 Industrie '
);
const year = fc.constantFrom('2020', '2021', ' 2021 ', '2021.0', '1899', 'x', '2020-12-31');
const row = fc.tuple(code, category, year, number, number, number, number);
const table = fc.array(row, { maxLength: 30 });

const HEADER = 'Commune;Secteur;Année;Effectifs 2020;Effectifs 2021;valeur;autre';
const text = (rows: string[][]) => [HEADER, ...rows.map((r) => r.join(';'))].join('\n');
const levels = { levels: ['departement', 'region'] as const, regionOf: REGION_OF_DEPARTEMENT };

const MAPPINGS: Record<string, IngestOptions> = {
	'commune, wide by year, by category': {
		code: { column: 'Commune', level: 'commune' },
		wideByYear: { Effectifs: 'jobs' },
		category: { column: 'Secteur' },
		sumRows: true,
		...levels,
		levels: ['departement', 'region']
	},
	'commune, tidy, category groups, decimal comma': {
		code: { column: 'Commune', level: 'commune' },
		year: 'Année',
		value: 'valeur',
		indicator: 'x',
		category: {
			column: 'Secteur',
			groupsOf: (l) => (l === 'Autres' ? [] : ['total', l.slice(0, 3)])
		},
		sumRows: true,
		decimal: ',',
		levels: ['departement']
	},
	'département, by indicator column, rows kept and dropped': {
		code: { column: 'Commune', level: 'departement' },
		year: 'Année',
		value: 'valeur',
		indicatorColumn: 'Secteur',
		keepRows: { autre: ['1', '2', '3', '-3', '0'] },
		dropRows: { 'Effectifs 2020': ['7'] },
		sumRows: true
	},
	'région, wide by indicator, year pattern': {
		code: { column: 'Commune', level: 'region' },
		year: 'Année',
		yearPattern: /^(\d{4})-12-31$/,
		wideByIndicator: { valeur: 'a', autre: 'b' },
		sumRows: true
	}
};

describe('the fast row reader', () => {
	it.each(Object.entries(MAPPINGS))(
		'%s: the same figures, counts and issues as readRow',
		(_, options) => {
			fc.assert(
				fc.property(table, (rows) => {
					const csv = text(rows);
					expect(ingest(csv, options)).toEqual(wholeFileIngest(csv, options));
				}),
				{ numRuns: 300 }
			);
		}
	);

	it('sums commune figures into départements and counts their communes', () => {
		const csv = text([
			['01001 Ambérieu', 'GS1 Industrie', '', '0.1', '2', '', ''],
			['01002', 'GS1 Industrie', '', '0.2', '', '', ''],
			['01001', 'GS2 Construction', '', '-1', '1 000', '', ''],
			['74081', 'GS1 Industrie', '', 's', 'x', '', '']
		]);
		const result = ingest(csv, MAPPINGS['commune, wide by year, by category']);
		expect(result.values).toEqual([
			{
				geo_level: 'departement',
				geo_code: '01',
				indicator: 'jobs_gs1_industrie',
				year: 2020,
				value: 0.3
			},
			{
				geo_level: 'departement',
				geo_code: '01',
				indicator: 'jobs_gs1_industrie',
				year: 2021,
				value: 2
			},
			{
				geo_level: 'departement',
				geo_code: '01',
				indicator: 'jobs_gs2_construction',
				year: 2020,
				value: -1
			},
			{
				geo_level: 'departement',
				geo_code: '01',
				indicator: 'jobs_gs2_construction',
				year: 2021,
				value: 1000
			}
		]);
		expect(result.communes?.departement).toEqual({ '01': 2 });
		expect(result.issues).toMatchObject([{ row: 5, column: 'Effectifs 2021', key: 'notNumber' }]);
		expect([result.accepted, result.rejected, result.noData]).toEqual([3, 1, 1]);
	});
});
