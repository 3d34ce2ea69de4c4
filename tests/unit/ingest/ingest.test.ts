import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '$lib/ingest';
import { IMPORT_CASES } from '../../fixtures/import/cases';

const bytes = (file: string) =>
	new Uint8Array(fs.readFileSync(new URL(`../../fixtures/import/${file}`, import.meta.url)));

describe('ingest over the import corpus', () => {
	it.each(IMPORT_CASES.map((c) => [c.file, c] as const))('%s', (_, c) => {
		const result = ingest(bytes(c.file), c.options);
		expect({ rows: result.rows, accepted: result.accepted, rejected: result.rejected }).toEqual({
			rows: c.rows,
			accepted: c.accepted,
			rejected: c.rejected
		});
		expect(result.accepted + result.rejected).toBe(result.rows);
		if (c.values) {
			const got = result.values.map((v) => [v.geo_level, v.geo_code, v.indicator, v.year, v.value]);
			expect(got).toEqual(expect.arrayContaining(c.values));
			expect(got).toHaveLength(c.values.length);
		}
		if (c.issues) {
			expect(result.issues).toHaveLength(c.issues.length);
			c.issues.forEach(([row, column, message], i) => {
				expect(result.issues[i]).toMatchObject({ row, column });
				expect(result.issues[i].message).toContain(message);
			});
		}
		if (c.noData !== undefined) expect(result.noData).toBe(c.noData);
		if (c.skipped) expect(result.skipped).toEqual(c.skipped);
		if (c.note) expect(result.notes).toContain(c.note);
		if (c.communes) expect(result.communes).toEqual(c.communes);
	});

	it('never gives a région sum when one of its départements has no figure', () => {
		const text = 'code;year;value\n01;2020;5\n';
		const result = ingest(text, {
			code: { column: 'code', level: 'departement' },
			year: 'year',
			value: 'value',
			indicator: 'x',
			levels: ['departement', 'region'],
			regionOf: { '01': '84', '03': '84' }
		});
		expect(result.values.map((v) => v.geo_level)).toEqual(['departement']);
		expect(result.notes.join()).toContain('no figure for département 03');
	});

	it('rounds a sum to the decimals written in its parts', () => {
		const text = 'code;year;value\n01;2020;0.1\n01;2020;0.2\n';
		const options = {
			code: { column: 'code', level: 'departement' as const },
			year: 'year',
			value: 'value',
			indicator: 'x',
			sumRows: true
		};
		expect(ingest(text, options).values[0].value).toBe(0.3);
	});
});
