import fs from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readSource, URSSAF_DEPARTEMENT_SECTOR, type DataRow } from '$lib/sources';

const root = new URL('../../../', import.meta.url);
const official = new Uint8Array(
	fs.readFileSync(
		new URL('data/sources/official/urssaf-dep-grand-secteur-tranche-GS1-24dep.csv', root)
	)
);
const reference = Papa.parse<Record<string, string>>(
	fs.readFileSync(new URL('data/sources/reference/figures.csv', root), 'utf8'),
	{ header: true, skipEmptyLines: true }
).data.filter((r) => URSSAF_DEPARTEMENT_SECTOR.indicators.includes(r.indicator));
const key = (r: Record<string, string> | DataRow) =>
	[r.indicator, r.geo_level, r.geo_code, r.year].join('|');

describe('URSSAF département × grand secteur × size band, official layout', () => {
	const reading = readSource(URSSAF_DEPARTEMENT_SECTOR, official);

	it('reads every row of the file and finds no sign of another format', () => {
		expect(reading.result).toMatchObject({ rows: 175, accepted: 175, rejected: 0 });
		expect(reading.formatProblems).toEqual([]);
	});

	it('gives industry establishments and jobs for 24 départements and 2 régions, 2006 to 2025', () => {
		expect(reading.rows).toHaveLength(2 * 26 * 20);
		expect(new Set(reading.rows.map((r) => r.year))).toEqual(
			new Set(Array.from({ length: 20 }, (_, i) => String(2006 + i)))
		);
	});

	it('equals every figure of the research reference for these indicators (S901 and the 2025 commune sums)', () => {
		expect(reference).toHaveLength(reading.rows.length);
		const ours = new Map(reading.rows.map((r) => [key(r), Number(r.value)]));
		const unequal = reference.filter((r) => ours.get(key(r)) !== Number(r.value));
		expect(unequal).toEqual([]);
	});

	it('reports a column gone as a format change', () => {
		const text = new TextDecoder()
			.decode(official)
			.replace('Code département', 'Département (code)');
		expect(
			readSource(URSSAF_DEPARTEMENT_SECTOR, new TextEncoder().encode(text)).formatProblems[0]
		).toContain('column « Code département »: column not found');
	});

	it('reports a département missing from the file', () => {
		const lines = new TextDecoder().decode(official).split('\n');
		const without74 = lines.filter((l) => !l.startsWith('Haute-Savoie;')).join('\n');
		expect(
			readSource(URSSAF_DEPARTEMENT_SECTOR, new TextEncoder().encode(without74)).formatProblems
		).toEqual([
			'establishments_sector_industry_dec31: no figure for département 74',
			'jobs_sector_industry_dec31: no figure for département 74'
		]);
	});
});
