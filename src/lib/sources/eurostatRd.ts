import nutsCsv from '../../../data/sources/nuts-regions.csv?raw';
import { ATLAS_REGION_OF } from './atlasGeography';
import { readEurostat, type EurostatDataset } from './eurostat';
import { readNutsTable } from './nutsRegions';
import type { SourceDefinition } from './types';

const API = 'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data';
const ATLAS_REGIONS = [...new Set(Object.values(ATLAS_REGION_OF))];
const NUTS = readNutsTable(nutsCsv, 'data/sources/nuts-regions.csv');
/** Sectors of performance the atlas shows, and the suffix of their indicator ids. */
const SECTORS: Record<string, string> = {
	TOTAL: '',
	BES: '_business',
	GOV: '_government',
	HES: '_higher_education'
};
const PROFESSIONS: Record<string, string> = { RSE: 'researchers', TOTAL: 'rd_personnel' };
const UNITS = ['FTE', 'HC'];

const RD_PERSONNEL: EurostatDataset = {
	code: 'rd_p_persreg',
	keep: { freq: 'A', sex: 'T' },
	indicatorOf: ({ prof_pos, unit, sectperf }) =>
		PROFESSIONS[prof_pos] && UNITS.includes(unit) && sectperf in SECTORS
			? `${PROFESSIONS[prof_pos]}_${unit.toLowerCase()}${SECTORS[sectperf]}`
			: undefined
};

const RD_EXPENDITURE: EurostatDataset = {
	code: 'rd_e_gerdreg',
	keep: { freq: 'A' },
	indicatorOf: ({ unit, sectperf }) =>
		unit === 'MIO_EUR' && sectperf in SECTORS
			? `rd_expenditure_mio_eur${SECTORS[sectperf]}`
			: undefined
};

/** France and the NUTS 2021 codes of the 13 metropolitan régions (NUTS-1) and their NUTS-2 parts. */
const GEO = [
	'FR',
	...NUTS.regions.flatMap((r) => [...r.whole, ...(r.partsByVersion[0]?.parts ?? [])])
];

/** The statistics API's address for a dataset, one `dim=code` per category asked for. */
function apiUrl(code: string, filters: Record<string, readonly string[]>): string {
	const query = Object.entries({ format: ['JSON'], lang: ['EN'], ...filters, geo: GEO })
		.flatMap(([dim, codes]) => codes.map((c) => `${dim}=${encodeURIComponent(c)}`))
		.join('&');
	return `${API}/${code}?${query}`;
}

/** A figure for the atlas's régions missing from the whole file means its NUTS codes changed. */
function eurostatSource(
	dataset: EurostatDataset,
	fields: Omit<SourceDefinition, 'read' | 'options' | 'departements' | 'regions' | 'pays'>
): SourceDefinition {
	const file = `${fields.id}.json`;
	return {
		...fields,
		downloadFileName: file,
		options: { code: { column: 'Code', level: 'region' } },
		departements: [],
		regions: NUTS.regions.map((r) => r.region),
		pays: true,
		read: (bytes) => {
			const { result, problems } = readEurostat(bytes, file, dataset, NUTS);
			if (!problems.length)
				for (const region of ATLAS_REGIONS)
					if (!result.values.some((v) => v.geo_level === 'region' && v.geo_code === region))
						problems.push(
							`${file}: no figure at all for région ${region}: are its NUTS codes still those of data/sources/nuts-regions.csv?`
						);
			return { result, problems };
		}
	};
}

const indicators = (make: (sector: string) => string[]) => Object.values(SECTORS).flatMap(make);

/**
 * Eurostat's R&D personnel and researchers by sector of performance and NUTS 2 region
 * (rd_p_persreg): researchers (RSE) and all R&D personnel (TOTAL), FTE and headcount, sectors
 * total, business, government and higher education, both sexes.
 */
export const EUROSTAT_RD_PERSONNEL = eurostatSource(RD_PERSONNEL, {
	id: 'eurostat-rd-personnel',
	publisher: 'Eurostat',
	dataset:
		'Total R&D personnel and researchers by sectors of performance, sex and NUTS 2 regions (rd_p_persreg)',
	url: 'https://ec.europa.eu/eurostat/databrowser/view/rd_p_persreg/default/table',
	downloadUrl: apiUrl('rd_p_persreg', {
		freq: ['A'],
		sex: ['T'],
		prof_pos: Object.keys(PROFESSIONS),
		unit: UNITS,
		sectperf: Object.keys(SECTORS)
	}),
	license: 'CC-BY-4.0',
	fileName: /^eurostat-rd-personnel.*\.json$/,
	indicators: indicators((s) =>
		Object.values(PROFESSIONS).flatMap((p) => UNITS.map((u) => `${p}_${u.toLowerCase()}${s}`))
	)
});

/** Eurostat's intramural R&D expenditure (GERD) by sector of performance and NUTS 2 region (rd_e_gerdreg), million euros. */
export const EUROSTAT_RD_EXPENDITURE = eurostatSource(RD_EXPENDITURE, {
	id: 'eurostat-rd-expenditure',
	publisher: 'Eurostat',
	dataset:
		'Intramural R&D expenditure (GERD) by sectors of performance and NUTS 2 regions (rd_e_gerdreg)',
	url: 'https://ec.europa.eu/eurostat/databrowser/view/rd_e_gerdreg/default/table',
	downloadUrl: apiUrl('rd_e_gerdreg', {
		freq: ['A'],
		unit: ['MIO_EUR'],
		sectperf: Object.keys(SECTORS)
	}),
	license: 'CC-BY-4.0',
	fileName: /^eurostat-rd-expenditure.*\.json$/,
	indicators: indicators((s) => [`rd_expenditure_mio_eur${s}`])
});
