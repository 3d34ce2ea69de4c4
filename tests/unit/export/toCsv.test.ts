import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, type ExportRow } from '$lib/export/toCsv';

const row = (overrides: Partial<ExportRow>): ExportRow => ({
	code: '38',
	name: 'Isère',
	indicator: 'Établissements pour 10 000 hab.',
	year: '2021',
	value: 12.5,
	unit: 'établissements',
	source: 'URSSAF',
	...overrides
});

const rows: ExportRow[] = [
	row({ code: '01', name: 'Ain', value: 1234.5 }),
	row({ code: '2A', name: 'Corse-du-Sud', value: null }),
	row({ code: '87', name: 'Haute-Vienne, "HV"', value: -3.5, year: '2021 / 2023' }),
	row({ code: '19', name: 'Corrèze\nligne 2', value: 0 }),
	row({ code: '15', name: 'Cantal', value: 1e-7 })
];

const parse = (text: string, delimiter: string) =>
	Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true }).data;

describe('toCsv', () => {
	it('standard: comma, point, English header, CRLF, no BOM', () => {
		const csv = toCsv([rows[0]], 'standard', 'fr');
		expect(csv).toBe(
			'code,name,indicator,year,value,unit,source\r\n' +
				'01,Ain,Établissements pour 10 000 hab.,2021,1234.5,établissements,URSSAF\r\n'
		);
	});

	it('excel-fr: BOM, semicolon, decimal comma, French header', () => {
		const csv = toCsv([rows[0]], 'excel-fr', 'en');
		expect(csv.startsWith('\ufeffcode;nom;indicateur;annee;valeur;unite;source\r\n')).toBe(true);
		expect(csv).toContain(';1234,5;');
	});

	it('ends every line with CRLF and quotes only what needs it', () => {
		const csv = toCsv(rows, 'standard', 'fr');
		expect(
			csv
				.replace(/"[^"]*(?:""[^"]*)*"/g, '')
				.split('\n')
				.slice(0, -1)
		).toSatisfy((lines: string[]) => lines.every((line) => line.endsWith('\r')));
		expect(csv).toContain('"Haute-Vienne, ""HV"""');
		expect(csv).toContain('"Corrèze\nligne 2"');
		expect(csv).toContain(',Ain,');
	});

	describe.each([
		['standard', ','],
		['excel-fr', ';']
	] as const)('%s read back with papaparse', (dialect, delimiter) => {
		const data = parse(toCsv(rows, dialect, 'fr'), delimiter);
		const toNumber = (cell: string) =>
			cell === '' ? null : Number(dialect === 'excel-fr' ? cell.replace(',', '.') : cell);

		it('gives back every row, code, year and text', () => {
			expect(data).toHaveLength(rows.length + 1);
			data.slice(1).forEach((cells, i) => {
				const r = rows[i];
				expect(cells).toEqual([r.code, r.name, r.indicator, r.year, cells[4], r.unit, r.source]);
			});
		});

		it('gives back every value: no data stays empty, never 0; negatives stay negative', () => {
			expect(data.slice(1).map((cells) => toNumber(cells[4]))).toEqual(rows.map((r) => r.value));
			expect(data[2][4]).toBe('');
			expect(data[3][4]).toBe(dialect === 'excel-fr' ? '-3,5' : '-3.5');
			expect(data[5][4]).toBe(dialect === 'excel-fr' ? '0,0000001' : '0.0000001');
		});
	});

	it.each([
		['=1+1', "'=1+1"],
		['+33 4 76', "'+33 4 76"],
		['-x', "'-x"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\tcmd', "'\tcmd"],
		['\rcmd', "'\rcmd"],
		['Isère', 'Isère'],
		['2A', '2A'],
		['01', '01']
	])('neutralises formula-like text %j → %j in every text column', (text, expected) => {
		for (const dialect of ['standard', 'excel-fr'] as const) {
			const r = row({
				code: text,
				name: text,
				indicator: text,
				year: text,
				unit: text,
				source: text
			});
			const data = parse(toCsv([r], dialect, 'fr'), dialect === 'standard' ? ',' : ';');
			expect(data[1].filter((_, i) => i !== 4)).toEqual(Array(6).fill(expected));
		}
	});

	it('writes an empty file as just the header', () => {
		expect(toCsv([], 'standard', 'fr')).toBe('code,name,indicator,year,value,unit,source\r\n');
	});

	it('treats NaN and Infinity as no data', () => {
		const csv = toCsv([row({ value: NaN }), row({ value: Infinity })], 'standard', 'fr');
		expect(
			parse(csv, ',')
				.slice(1)
				.map((cells) => cells[4])
		).toEqual(['', '']);
	});
});
