import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '$lib/ingest';
import { communeLines, joinReport, reportCsv, reportText } from '$lib/ingest/report';

const communes = () =>
	ingest(
		new Uint8Array(
			fs.readFileSync(new URL('../../fixtures/import/communes-counted.csv', import.meta.url))
		),
		{
			code: { column: 'Code commune', level: 'commune' },
			year: 'Année',
			value: 'Établissements',
			indicator: 'establishments',
			sumRows: true,
			levels: ['departement', 'region'],
			regionOf: { '69': '84', '74': '84' }
		}
	);

describe('the join report of commune rows', () => {
	it('says how many communes went into each sum, départements then régions, named', () => {
		expect(communeLines(joinReport(communes()))).toEqual([
			['Rhône (69)', 2],
			['Haute-Savoie (74)', 3],
			['Auvergne-Rhône-Alpes (84)', 5]
		]);
	});

	it('lists the commune codes that are not communes', () => {
		expect(joinReport(communes()).communes?.unknown).toEqual(['99001', 'X1234']);
	});

	it('puts the counts and the unknown codes in the CSV and the text', () => {
		const csv = reportCsv(joinReport(communes())).split('\n');
		expect(csv).toEqual(
			expect.arrayContaining([
				',communes summed in Haute-Savoie (74),3',
				',communes summed in Auvergne-Rhône-Alpes (84),5',
				',unknown commune codes,99001 X1234'
			])
		);
		expect(reportText(joinReport(communes()))).toContain(
			'communes summed in Rhône (69): 2\ncommunes summed in Haute-Savoie (74): 3'
		);
	});

	it('has no commune lines for a file of départements', () => {
		const result = ingest('code;année;n\n74;2020;3\n', {
			code: { column: 'code', level: 'departement' },
			year: 'année',
			value: 'n',
			indicator: 'x'
		});
		expect(joinReport(result).communes).toBeUndefined();
		expect(reportCsv(joinReport(result))).not.toContain('communes');
	});
});
