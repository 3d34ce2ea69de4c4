import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNutsTable, regionFigure } from '$lib/sources';

const committed = fs.readFileSync(
	new URL('../../../data/sources/nuts-regions.csv', import.meta.url),
	'utf8'
);
const table = readNutsTable(committed, 'nuts-regions.csv');
const region = (code: string) => table.regions.find((r) => r.region === code)!;
const figures = (entries: [string, number, string?][]) =>
	new Map(entries.map(([code, value, flags = '']) => [code, { value, flags }]));

describe('the committed NUTS → région table', () => {
	it('has the 13 metropolitan régions, each whole at NUTS-1 and in NUTS-2 parts', () => {
		expect(table.problems).toEqual([]);
		expect(table.regions.map((r) => r.region).sort()).toEqual(
			['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'].sort()
		);
		expect(region('84')).toEqual({
			region: '84',
			whole: ['FRK'],
			partsByVersion: [
				{ versions: '2016 2021', parts: ['FRK1', 'FRK2'] },
				{ versions: '2010 2013', parts: ['FR71', 'FR72'] }
			]
		});
		expect(region('75').partsByVersion.map((v) => v.parts)).toEqual([
			['FRI1', 'FRI2', 'FRI3'],
			['FR53', 'FR61', 'FR63']
		]);
		// Île-de-France kept its code through the versions: one set of parts.
		expect(region('11').partsByVersion).toEqual([
			{ versions: '2010 2013 2016 2021', parts: ['FR10'] }
		]);
	});

	it('names the row and column of a bad line', () => {
		const bad = committed.replace(',84,', ',8,');
		expect(readNutsTable(bad, 'nuts.csv').problems).toContain(
			'nuts.csv, row 12, column « region_code »: expected a two-digit région code'
		);
	});
});

describe('regionFigure', () => {
	it('sums the NUTS-2 parts, to the most decimals of the parts, with every flag of the parts', () => {
		expect(
			regionFigure(
				region('84'),
				figures([
					['FRK1', 0.1, 'p'],
					['FRK2', 0.2, 'e']
				])
			)
		).toEqual({
			figure: { value: 0.3, flags: 'ep' },
			from: 'FRK1 + FRK2'
		});
	});

	it('takes the région’s own NUTS-1 figure when Eurostat publishes it', () => {
		const both = figures([
			['FRK', 10],
			['FRK1', 1],
			['FRK2', 2]
		]);
		expect(regionFigure(region('84'), both).figure?.value).toBe(10);
	});

	it('never gives a partial sum: a part missing leaves no figure and names the part', () => {
		expect(
			regionFigure(
				region('75'),
				figures([
					['FRI1', 5],
					['FRI3', 7]
				])
			)
		).toEqual({
			missing: ['FRI2']
		});
	});

	it('reads the older NUTS codes (2010/2013) when the file has those', () => {
		expect(
			regionFigure(
				region('84'),
				figures([
					['FR71', 46499],
					['FR72', 7331]
				])
			)
		).toEqual({
			figure: { value: 53830, flags: '' },
			from: 'FR71 + FR72'
		});
	});
});
