import { describe, expect, it } from 'vitest';
import type { KnownCodes } from '$lib/data/geoCode';
import { parseCsv } from '$lib/data/parseCsv';
import type { TableSchema } from '$lib/data/schema';
import { validateTable } from '$lib/data/validateTable';

const schema: TableSchema = {
	fields: [
		{ name: 'geo_level', type: 'string', constraints: { required: true, enum: ['departement', 'region', 'pays'] } },
		{ name: 'geo_code', type: 'string', constraints: { required: true, pattern: '^(\\d{2}|2[AB]|97\\d|FR)$' } },
		{ name: 'indicator', type: 'string', constraints: { required: true, enum: ['population'] } },
		{ name: 'year', type: 'year', constraints: { required: true } },
		{ name: 'value', type: 'number', constraints: { minimum: 0 } },
		{ name: 'source', type: 'string', constraints: { required: true, enum: ['insee'] } }
	],
	missingValues: [''],
	primaryKey: ['geo_level', 'geo_code', 'indicator', 'year']
};

const known: KnownCodes = {
	departement: new Set(['01', '2A', '69', '74']),
	region: new Set(['84', '75']),
	pays: new Set(['FR'])
};

const HEADER = 'geo_level,geo_code,indicator,year,value,source';
const validate = (...lines: string[]) =>
	validateTable('population.csv', parseCsv('population.csv', [HEADER, ...lines].join('\n')), schema, known);

describe('validateTable', () => {
	it.each([
		['01', '01'],
		['1', '01'],
		['2A', '2A'],
		['2a', '2A'],
		[' 69 ', '69']
	])('reads département code %j as %j', (raw, code) => {
		const { observations, issues } = validate(`departement,${raw},population,2023,100,insee`);
		expect(issues).toEqual([]);
		expect(observations[0].code).toBe(code);
	});

	it('reads "1 234,5" as 1234.5', () => {
		const { observations } = validate('region,84,population,2023,"1 234,5",insee');
		expect(observations[0].value).toBe(1234.5);
	});

	it('keeps an empty value as "no data" (null), not zero', () => {
		const { observations, issues } = validate('departement,74,population,2023,,insee');
		expect(issues).toEqual([]);
		expect(observations[0].value).toBeNull();
	});

	it('reports an unknown code with file, row and column, and keeps it off the map', () => {
		const { observations, issues } = validate(
			'departement,01,population,2023,5,insee',
			'departement,99,population,2023,5,insee'
		);
		expect(observations.map((o) => o.code)).toEqual(['01']);
		expect(issues).toEqual([
			{ file: 'population.csv', kind: 'unknown-code', row: 3, column: 'geo_code', value: '99', expected: 'departement' }
		]);
	});

	it('reports a duplicate row and points to the first one', () => {
		const { observations, issues } = validate(
			'departement,69,population,2023,5,insee',
			'departement,74,population,2023,6,insee',
			'departement,69,population,2023,7,insee'
		);
		expect(observations).toHaveLength(2);
		expect(issues).toEqual([{ file: 'population.csv', kind: 'duplicate', row: 4, expected: '2' }]);
	});

	it.each([
		['departement,01,population,2023,abc,insee', 'not-a-number', 'value'],
		['departement,01,population,2023,-5,insee', 'below-minimum', 'value'],
		['departement,01,population,23,5,insee', 'not-a-year', 'year'],
		['commune,01,population,2023,5,insee', 'not-in-list', 'geo_level'],
		['departement,01,jobs,2023,5,insee', 'not-in-list', 'indicator'],
		['departement,01,population,2023,5,', 'required', 'source'],
		['departement,ABC,population,2023,5,insee', 'pattern', 'geo_code']
	])('reports %j as %s in column %s', (line, kind, column) => {
		const { observations, issues } = validate(line);
		expect(observations).toEqual([]);
		expect(issues).toMatchObject([{ file: 'population.csv', row: 2, kind, column }]);
	});

	it('reports a row with too few cells once, on its own line', () => {
		const { observations, issues } = validate('departement,01,population,2023,5,insee', '', 'region,84');
		expect(observations).toHaveLength(1);
		expect(issues).toMatchObject([{ file: 'population.csv', kind: 'malformed-row', row: 4 }]);
	});

	it('reports a missing column once and reads no row', () => {
		const table = parseCsv('x.csv', 'geo_level,geo_code,indicator,year,source\nregion,84,population,2023,insee');
		const { observations, issues } = validateTable('x.csv', table, schema, known);
		expect(observations).toEqual([]);
		expect(issues).toEqual([{ file: 'x.csv', kind: 'missing-column', row: 1, column: 'value' }]);
	});

	it('strips BOMs from header cells, as official URSSAF exports repeat them', () => {
		const table = parseCsv('x.csv', `\ufeffgeo_level,\ufeffgeo_code,indicator,year,value,source\nregion,84,population,2023,1,insee`);
		expect(validateTable('x.csv', table, schema, known).observations).toHaveLength(1);
	});
});

describe('a quote left open', () => {
	it('is reported on its line instead of silently swallowing the rows after it', () => {
		const { observations, issues } = validate(
			'departement,01,population,2023,5,insee',
			'departement,"69,population,2023,5,insee',
			'departement,74,population,2023,6,insee'
		);
		expect(observations.map((o) => o.code)).toEqual(['01']);
		expect(issues).toEqual([{ file: 'population.csv', kind: 'unclosed-quote', row: 3, column: 'geo_code' }]);
	});
});
