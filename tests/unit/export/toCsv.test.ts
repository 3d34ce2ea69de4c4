import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { metadataCsv, toCsv, type ExportRow } from '$lib/export/toCsv';
import { rowParts } from '$lib/export/rowParts';

const row = (overrides: Partial<ExportRow>): ExportRow => ({
	code: '38',
	name: 'Isère',
	indicator: 'Établissements pour 10 000 hab.',
	year: 2021,
	value: 12.5,
	decimals: 1,
	unit: 'établissements',
	source: 'URSSAF',
	...overrides
});

const rows: ExportRow[] = [
	row({
		code: '01',
		name: 'Ain',
		value: 1234.5678,
		numerator: 83,
		denominator: 672_234,
		denominatorYear: 2023
	}),
	row({ code: '2A', name: 'Corse-du-Sud', value: null }),
	row({ code: '87', name: 'Haute-Vienne, "HV"', value: -3.54, year: 2022 }),
	row({ code: '19', name: 'Corrèze\nligne 2', value: 0 }),
	row({ code: '15', name: 'Cantal', value: 1e-7 })
];

const HEADER =
	'code,name,indicator,year,value,value_full,unit,numerator,denominator,denominator_year,source';
const parse = (text: string, delimiter: string) =>
	Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true }).data;

describe('toCsv, long', () => {
	it('standard: comma, point, English header, the value rounded as shown beside full precision', () => {
		const csv = toCsv([rows[0]], 'standard', 'fr');
		expect(csv).toBe(
			`${HEADER}\r\n` +
				'01,Ain,Établissements pour 10 000 hab.,2021,1234.6,1234.5678,établissements,83,672234,2023,URSSAF\r\n'
		);
	});

	it('excel-fr: BOM, semicolon, decimal comma, French header', () => {
		const csv = toCsv([rows[0]], 'excel-fr', 'en');
		expect(
			csv.startsWith(
				'\ufeffcode;nom;indicateur;annee;valeur;valeur_complete;unite;numerateur;denominateur;annee_denominateur;source\r\n'
			)
		).toBe(true);
		expect(csv).toContain(';1234,6;1234,5678;');
	});

	it('rounds to the decimals shown, else to enough decimals to tell the column apart', () => {
		const counts = [
			row({ value: 12, decimals: undefined }),
			row({ value: 7, decimals: undefined })
		];
		expect(
			parse(toCsv(counts, 'standard', 'fr'), ',')
				.slice(1)
				.map((c) => c[4])
		).toEqual(['12', '7']);
		const rates = [
			row({ value: 0.0163, decimals: undefined }),
			row({ value: 0.003, decimals: undefined })
		];
		expect(
			parse(toCsv(rates, 'standard', 'fr'), ',')
				.slice(1)
				.map((c) => c[4])
		).toEqual(['0.016', '0.003']);
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
	});

	describe.each([
		['standard', ','],
		['excel-fr', ';']
	] as const)('%s read back with papaparse', (dialect, delimiter) => {
		const data = parse(toCsv(rows, dialect, 'fr'), delimiter);
		const toNumber = (cell: string) =>
			cell === '' ? null : Number(dialect === 'excel-fr' ? cell.replace(',', '.') : cell);

		it('gives back every row, code, numeric year and text', () => {
			expect(data).toHaveLength(rows.length + 1);
			data.slice(1).forEach((cells, i) => {
				const r = rows[i];
				expect([cells[0], cells[1], cells[2], cells[6], cells[10]]).toEqual([
					r.code,
					r.name,
					r.indicator,
					r.unit,
					r.source
				]);
				expect(toNumber(cells[3])).toBe(r.year);
			});
		});

		it('gives back every full value and the shown one: no data stays empty, never 0', () => {
			expect(data.slice(1).map((cells) => toNumber(cells[5]))).toEqual(rows.map((r) => r.value));
			expect(data.slice(1).map((cells) => toNumber(cells[4]))).toEqual([1234.6, null, -3.5, 0, 0]);
			expect(data[2][4]).toBe('');
			expect(data[5][5]).toBe(dialect === 'excel-fr' ? '0,0000001' : '0.0000001');
		});

		it('gives back the numerator, denominator and denominator year of a rate', () => {
			expect(data[1].slice(7, 10).map(toNumber)).toEqual([83, 672234, 2023]);
			expect(data[2].slice(7, 10)).toEqual(['', '', '']);
		});
	});

	it.each([
		['=1+1', "'=1+1"],
		['+33 4 76', "'+33 4 76"],
		['-x', "'-x"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\tcmd', "'\tcmd"],
		['Isère', 'Isère'],
		['2A', '2A'],
		['01', '01']
	])('neutralises formula-like text %j → %j in every text column', (text, expected) => {
		for (const dialect of ['standard', 'excel-fr'] as const) {
			const r = row({ code: text, name: text, indicator: text, unit: text, source: text });
			const data = parse(toCsv([r], dialect, 'fr'), dialect === 'standard' ? ',' : ';');
			expect([0, 1, 2, 6, 10].map((i) => data[1][i])).toEqual(Array(5).fill(expected));
		}
	});

	it('writes an empty file as just the header', () => {
		expect(toCsv([], 'standard', 'fr')).toBe(`${HEADER}\r\n`);
	});

	it('treats NaN and Infinity as no data', () => {
		const csv = toCsv([row({ value: NaN }), row({ value: Infinity })], 'standard', 'fr');
		expect(
			parse(csv, ',')
				.slice(1)
				.map((cells) => cells[4] + cells[5])
		).toEqual(['', '']);
	});
});

describe('toCsv, wide', () => {
	const trend = [2019, 2020, 2021].flatMap((year, i) => [
		row({ code: '84', name: 'Auvergne-Rhône-Alpes', year, value: 100 + i * 1.234, decimals: 1 }),
		row({ code: 'FR', name: 'France', year, value: i === 1 ? null : 100 - i, decimals: 1 })
	]);

	it('writes years as rows and areas as columns, values rounded as shown', () => {
		const data = parse(toCsv(trend, 'standard', 'fr', 'wide'), ',');
		expect(data).toEqual([
			['indicator', 'year', 'Auvergne-Rhône-Alpes (84)', 'France (FR)'],
			['Établissements pour 10 000 hab.', '2019', '100', '100'],
			['Établissements pour 10 000 hab.', '2020', '101.2', ''],
			['Établissements pour 10 000 hab.', '2021', '102.5', '98']
		]);
	});

	it('reads back to the long table’s shown values (excel-fr)', () => {
		const wide = parse(toCsv(trend, 'excel-fr', 'fr', 'wide'), ';');
		const long = parse(toCsv(trend, 'excel-fr', 'fr'), ';').slice(1);
		for (const cells of long) {
			const line = wide.find((w) => w[1] === cells[3])!;
			const column = wide[0].indexOf(`${cells[1]} (${cells[0]})`);
			expect(line[column]).toBe(cells[4]);
		}
	});
});

describe('metadataCsv', () => {
	it('writes the title, note, sources, credit, date and address, one field a line', () => {
		const csv = metadataCsv(
			{
				title: 'Titre',
				note: 'Ma note',
				source: 'Source : URSSAF (licence : ODbL 1.0)',
				credit: 'CIMES Atlas',
				date: '3 décembre 2026',
				url: 'https://exemple.fr/?a=1'
			},
			'excel-fr',
			'fr'
		);
		expect(parse(csv, ';')).toEqual([
			['champ', 'valeur'],
			['titre', 'Titre'],
			['note', 'Ma note'],
			['sources et licences', 'Source : URSSAF (licence : ODbL 1.0)'],
			['réalisé avec', 'CIMES Atlas'],
			['exporté le', '3 décembre 2026'],
			['adresse', 'https://exemple.fr/?a=1']
		]);
	});
});

describe('rowParts', () => {
	it.each([
		[[{ year: 2021, value: 120 }], true, { year: 2021 }],
		[
			[
				{ year: 2021, value: 120 },
				{ year: 2023, value: 60000 }
			],
			true,
			{ year: 2021, numerator: 120, denominator: 60000, denominatorYear: 2023 }
		],
		[
			[
				{ year: 2021, value: 120 },
				{ year: 2023, value: 60000 }
			],
			false,
			{ year: 2021 }
		],
		[[], true, { year: null }]
	])('%j (rate: %s) → %j', (inputs, isRate, expected) => {
		expect(rowParts(inputs, isRate)).toEqual(expected);
	});
});
