import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	EUROSTAT_RD_EXPENDITURE,
	EUROSTAT_RD_PERSONNEL,
	readSource,
	type DataRow
} from '$lib/sources';

// Recorded samples in Eurostat's layout; their values are made-up test data (see the folder's README).
const sample = (name: string) =>
	fs.readFileSync(new URL(`../../fixtures/sources/eurostat/${name}`, import.meta.url), 'utf8');
const personnel = sample('eurostat-rd-personnel.json');
const expenditure = sample('eurostat-rd-expenditure.json');
const bytes = (text: string) => new TextEncoder().encode(text);
const figure = (rows: DataRow[], level: string, code: string, indicator: string, year: string) =>
	rows.find(
		(r) =>
			r.geo_level === level && r.geo_code === code && r.indicator === indicator && r.year === year
	)?.value;

describe('Eurostat rd_p_persreg (JSON-stat 2.0, sparse values)', () => {
	const reading = readSource(EUROSTAT_RD_PERSONNEL, bytes(personnel));

	it('reads every cell and finds no sign of another format', () => {
		expect(reading.formatProblems).toEqual([]);
		expect(reading.result).toMatchObject({ accepted: reading.result.rows, rejected: 0 });
	});

	it('sums FRK1 + FRK2 into Auvergne-Rhône-Alpes (84) and keeps France as pays', () => {
		// Sample values: FRK1 3202.5 and FRK2 3302.5 researchers in FTE, 2021; France 2.5.
		expect(figure(reading.rows, 'region', '84', 'researchers_fte', '2021')).toBe('6505');
		expect(figure(reading.rows, 'pays', 'FR', 'researchers_fte', '2021')).toBe('2.5');
		expect(figure(reading.rows, 'region', '75', 'researchers_fte', '2021')).toBe(
			String(2702.5 + 2802.5 + 2902.5)
		);
	});

	it('takes the région’s NUTS-1 figure (FRK) when the file has one', () => {
		// FRK is in the sample for headcounts of 2020 only: 2100, not FRK1 + FRK2 (4200 + 4300).
		expect(figure(reading.rows, 'region', '84', 'researchers_hc', '2020')).toBe('2100');
	});

	it('leaves a région without a figure when one NUTS-2 part is confidential, and says so', () => {
		// FRC2 (Franche-Comté) is flagged c for all R&D personnel in FTE, 2021.
		expect(figure(reading.rows, 'region', '27', 'rd_personnel_fte', '2021')).toBeUndefined();
		expect(figure(reading.rows, 'region', '27', 'rd_personnel_fte', '2020')).toBeDefined();
		expect(reading.result.notes).toContain(
			'région 27, rd_personnel_fte 2021: no figure, NUTS FRC2 without one (never a partial sum)'
		);
	});

	it('counts : and c as no data, never as a figure, and lists kept flags (p, e, b)', () => {
		expect(reading.result.noData).toBe(5);
		expect(reading.result.notes).toContain(
			'cells without a figure: 1 c (confidential), 4 : (not available)'
		);
		expect(figure(reading.rows, 'region', '94', 'researchers_fte_government', '2020')).toBe(
			undefined
		);
		const notes = reading.result.notes.join('\n');
		expect(notes).toContain('flag e (estimated) kept on 1 figure: région 84 researchers_fte 2021');
		expect(notes).toContain('flag p (provisional) kept on 16 figures: FR researchers_fte 2021');
		expect(notes).toContain('flag b (break in time series)');
	});

	it('writes only declared indicators, for the 13 régions and France', () => {
		const codes = new Set(reading.rows.map((r) => `${r.geo_level}/${r.geo_code}`));
		expect(codes.size).toBe(14);
		expect(new Set(reading.rows.map((r) => r.indicator))).toEqual(
			new Set(EUROSTAT_RD_PERSONNEL.indicators)
		);
	});

	it('reports NUTS codes it cannot place as a format change', () => {
		const recoded = personnel.replace(/"FRK(\d?)"/g, '"FRX$1"');
		expect(readSource(EUROSTAT_RD_PERSONNEL, bytes(recoded)).formatProblems).toEqual([
			'eurostat-rd-personnel.json: no figure at all for région 84: are its NUTS codes still those of data/sources/nuts-regions.csv?'
		]);
	});

	it('reports a dimension gone, naming the file', () => {
		const withoutSex = personnel.replaceAll('"sex"', '"gender"');
		expect(readSource(EUROSTAT_RD_PERSONNEL, bytes(withoutSex)).formatProblems[0]).toBe(
			'eurostat-rd-personnel.json: no dimension « sex » (dimensions: freq, unit, sectperf, prof_pos, gender, geo, time)'
		);
	});
});

describe('Eurostat rd_e_gerdreg (JSON-stat 2.0, dense values)', () => {
	const reading = readSource(EUROSTAT_RD_EXPENDITURE, bytes(expenditure));

	it('sums the parts of each région in million euros; a confidential part leaves no figure', () => {
		expect(reading.formatProblems).toEqual([]);
		// Sample values 2020, all sectors: FRK1 640.25 + FRK2 660.25.
		expect(figure(reading.rows, 'region', '84', 'rd_expenditure_mio_eur', '2020')).toBe('1300.5');
		expect(
			figure(reading.rows, 'region', '94', 'rd_expenditure_mio_eur_business', '2020')
		).toBeUndefined();
		expect(reading.result.noData).toBe(2);
	});
});

describe('download addresses', () => {
	it('ask the statistics API for JSON-stat, France and every NUTS code of the table', () => {
		const url = new URL(EUROSTAT_RD_PERSONNEL.downloadUrl!);
		expect(url.origin + url.pathname).toBe(
			'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/rd_p_persreg'
		);
		expect(url.searchParams.get('format')).toBe('JSON');
		expect(url.searchParams.getAll('prof_pos')).toEqual(['RSE', 'TOTAL']);
		expect(url.searchParams.getAll('sectperf')).toEqual(['TOTAL', 'BES', 'GOV', 'HES']);
		expect(url.searchParams.getAll('geo')).toEqual(
			expect.arrayContaining(['FR', 'FRK', 'FRK1', 'FRK2', 'FRI1', 'FRI2', 'FRI3'])
		);
		expect(url.searchParams.getAll('geo')).toHaveLength(1 + 13 + 22);
		expect(EUROSTAT_RD_EXPENDITURE.downloadUrl).toContain('/rd_e_gerdreg?format=JSON');
	});
});
