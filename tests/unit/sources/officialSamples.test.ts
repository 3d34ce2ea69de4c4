import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	DARES_JOBSEEKERS,
	INSEE_LAND_AREA,
	readSource,
	URSSAF_COMMUNE_APE,
	URSSAF_DEPARTEMENT_QUARTERLY,
	URSSAF_REGION_NA38,
	type DataRow,
	type SourceDefinition
} from '$lib/sources';

const sample = (file: string) =>
	new Uint8Array(fs.readFileSync(new URL(`../../fixtures/sources/${file}`, import.meta.url)));
const figure = (rows: DataRow[], indicator: string, level: string, code: string, year: string) =>
	rows.find(
		(r) =>
			r.indicator === indicator && r.geo_level === level && r.geo_code === code && r.year === year
	)?.value;

/** Each recorded sample (tests/fixtures/sources, test values in the publisher's layout) read by its source. */
const CASES: [SourceDefinition, string][] = [
	[
		URSSAF_COMMUNE_APE,
		'urssaf/etablissements-et-effectifs-salaries-au-niveau-commune-x-ape-last.csv'
	],
	[
		URSSAF_DEPARTEMENT_QUARTERLY,
		'urssaf/effectifs-salaries-et-masse-salariale-du-secteur-prive-par-departement-x-grand-s.csv'
	],
	[
		URSSAF_REGION_NA38,
		'urssaf/effectifs-salaries-et-masse-salariale-du-secteur-prive-par-region-x-na38.csv'
	],
	[DARES_JOBSEEKERS, 'dares/dares_defm_communales-brutes.csv'],
	[INSEE_LAND_AREA, 'insee/base_cc_comparateur.csv']
];

describe('official sources: recorded samples in each publisher layout', () => {
	it.each(CASES.map(([source, file]) => [source.id, source, file] as const))(
		'%s reads its sample whole, with no sign of a format change',
		(_, source, file) => {
			expect(source.fileName.test(file.split('/')[1])).toBe(true);
			const reading = readSource(source, sample(file));
			expect(reading.result.rejected).toBe(0);
			expect(reading.formatProblems).toEqual([]);
			expect(new Set(reading.rows.map((r) => r.indicator))).toEqual(new Set(source.indicators));
			expect(reading.rows.every((r) => r.source === source.id)).toBe(true);
		}
	);

	it('URSSAF commune × APE: each APE code counts in its division, section and the total', () => {
		const { rows } = readSource(URSSAF_COMMUNE_APE, sample(CASES[0][1]));
		// Haute-Savoie is the 12th département of the sample (i = 11): 25.62A = 12, 25.62B = 24,
		// 28.15Z = 3, 35.11Z = 1 and 47.11D = 21 establishments in 2023, one more each in 2024.
		expect(figure(rows, 'establishments_2562A_barturning', 'departement', '74', '2023')).toBe('12');
		expect(figure(rows, 'establishments_C25_metal_products', 'departement', '74', '2023')).toBe(
			'36'
		);
		expect(figure(rows, 'establishments_C28_machinery', 'departement', '74', '2024')).toBe('4');
		expect(figure(rows, 'establishments_manufacturing', 'departement', '74', '2023')).toBe('39');
		expect(figure(rows, 'establishments_industry', 'departement', '74', '2023')).toBe('40');
		expect(figure(rows, 'establishments_total', 'departement', '74', '2023')).toBe('61');
		// Jobs: 7 per establishment in the sample, all APE codes: the raw total at 31 December.
		expect(figure(rows, 'jobs_total_private_dec31', 'departement', '74', '2023')).toBe('427');
		expect(rows.some((r) => r.indicator === 'jobs_industry')).toBe(false);
		// Années without a figure (empty cells) give no row; Paris (not in the atlas) neither.
		expect(
			rows.some((r) => r.year === '2021' || (r.geo_level === 'departement' && r.geo_code === '75'))
		).toBe(false);
		// AURA = its 12 départements (i = 0…11): 25.62A = 1 + 2 + … + 12.
		expect(figure(rows, 'establishments_2562A_barturning', 'region', '84', '2023')).toBe('78');
	});

	it('URSSAF département × grand secteur: the 4th quarter only, industry and all sectors', () => {
		const { rows, result } = readSource(URSSAF_DEPARTEMENT_QUARTERLY, sample(CASES[1][1]));
		// Ain (i = 0): GS1 CVS 10004.5, GS3 20004.5 at the end of Q4 2025; Q3 rows are left out.
		expect(figure(rows, 'jobs_industry', 'departement', '01', '2025')).toBe('10004.5');
		expect(figure(rows, 'jobs_total_private', 'departement', '01', '2025')).toBe('30009');
		expect(result.notes).toContain(
			'48 rows left out by the mapping (other rows, periods or groups)'
		);
	});

	it('URSSAF région × NA28i: values on 31 December, summed into the atlas groups', () => {
		const { rows } = readSource(URSSAF_REGION_NA38, sample(CASES[2][1]));
		// Auvergne-Rhône-Alpes is the 11th région (i = 10): BZ 1010, CH 20010, CK-CL 30010,
		// DZ-EZ 4010, commerce 100010, intérim 5010.
		expect(figure(rows, 'jobs_industry', 'region', '84', '2025')).toBe('55040');
		expect(figure(rows, 'jobs_manufacturing', 'region', '84', '2025')).toBe('50020');
		expect(figure(rows, 'jobs_CH_metal', 'region', '84', '2025')).toBe('20010');
		expect(figure(rows, 'jobs_CK_CL_machinery_transport', 'region', '84', '2025')).toBe('30010');
		expect(figure(rows, 'jobs_total_private', 'region', '84', '2025')).toBe('160060');
		expect(new Set(rows.map((r) => r.geo_code)).size).toBe(13);
	});

	it('URSSAF région × NA28i: a région missing from the file is a sign of another format', () => {
		const text = new TextDecoder().decode(sample(CASES[2][1]));
		const without94 = text
			.split('\n')
			.filter((l) => !l.startsWith('Région 94;'))
			.join('\n');
		const { formatProblems } = readSource(URSSAF_REGION_NA38, new TextEncoder().encode(without94));
		expect(formatProblems).toContain('jobs_industry: no figure for région 94');
	});

	it('DARES: Total × Total rows of each commune, Lyon once (not its arrondissements), no national total', () => {
		const { rows } = readSource(DARES_JOBSEEKERS, sample(CASES[3][1]));
		// Ain (commune 0): 1000 in 2023-T4 and 1010 in 2024-T4; Rhône: Lyon (i = 9) 1045 +
		// Villeurbanne (i = 11) 1055, without Lyon 1er (i = 10, 1050) nor the 5 000 000 of France.
		expect(figure(rows, 'jobseekers_abc', 'departement', '01', '2024')).toBe('1010');
		expect(figure(rows, 'jobseekers_abc', 'departement', '69', '2023')).toBe('2100');
		expect(rows.every((r) => r.geo_level === 'departement')).toBe(true);
	});

	it('INSEE comparateur: land area of the communes summed to départements and régions', () => {
		const { rows } = readSource(INSEE_LAND_AREA, sample(CASES[4][1]));
		// Gironde (i = 17): 117.25 + 12.5 km².
		expect(figure(rows, 'land_area_km2', 'departement', '33', '2024')).toBe('129.75');
		// Nouvelle-Aquitaine (i = 12…23): Σ(100 + i + 0.25) + 12 × 12.5.
		expect(figure(rows, 'land_area_km2', 'region', '75', '2024')).toBe('1563');
	});

	it('INSEE comparateur: a row for the whole of Lyon beside its arrondissements is not counted twice', () => {
		const text = 'CODGEO;P21_POP;SUPERF\n69381;1;1.5\n69123;1;47.87\n69266;1;14.52\n';
		const { rows } = readSource(INSEE_LAND_AREA, new TextEncoder().encode(text));
		expect(figure(rows, 'land_area_km2', 'departement', '69', '2024')).toBe('16.02');
	});

	it('INSEE comparateur: the year is the edition’s, told by its census columns', () => {
		// The edition of June 2025: census 2022 (and 2016) in the geography of 1 January 2025.
		const text = 'CODGEO;P22_POP;P16_POP;SUPERF\n33063;1;1;49.36\n33281;1;1;20.39\n';
		const { rows } = readSource(INSEE_LAND_AREA, new TextEncoder().encode(text));
		expect(figure(rows, 'land_area_km2', 'departement', '33', '2025')).toBe('69.75');
		expect(rows.every((r) => r.year === '2025')).toBe(true);
	});

	it('INSEE comparateur: without census columns, no figure and a problem that says why', () => {
		const text = 'CODGEO;SUPERF\n33063;49.36\n';
		const { rows, formatProblems } = readSource(INSEE_LAND_AREA, new TextEncoder().encode(text));
		expect(rows).toEqual([]);
		expect(formatProblems[0]).toBe(
			'no census column (P…_POP) in the header: the edition’s year is unknown'
		);
	});
});
