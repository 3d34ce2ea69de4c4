import { decodeBytes, ingest, type IngestOptions, type IngestResult } from '../ingest';
import { readJsonStat, type JsonStatCell } from './jsonStat';
import { regionFigure, type NutsFigure, type NutsTable } from './nutsRegions';

/** What the atlas takes from one Eurostat dataset. */
export interface EurostatDataset {
	/** The dataset's code in the API (`rd_p_persreg`). */
	code: string;
	/** Dimensions of which one category is kept (`freq: 'A'`, `sex: 'T'`). */
	keep: Record<string, string>;
	/** The indicator a cell gives, or undefined when the atlas does not take it (another sector). */
	indicatorOf: (coords: Record<string, string>) => string | undefined;
}

/** The tidy table the figures go through, so that `$lib/ingest` validates them as any file's. */
const TIDY: IngestOptions = {
	code: { column: 'Code', level: 'region' },
	year: 'Année',
	indicatorColumn: 'Indicateur',
	value: 'Valeur',
	decimal: '.',
	delimiter: ';'
};

/** Eurostat's status flags (the API's `extension.status.label`); `:` and `c` carry no figure. */
const FLAGS: Record<string, string> = {
	':': 'not available',
	c: 'confidential',
	p: 'provisional',
	e: 'estimated',
	b: 'break in time series',
	d: 'definition differs',
	u: 'low reliability',
	r: 'revised',
	s: 'Eurostat estimate',
	z: 'not applicable',
	n: 'not significant',
	f: 'forecast'
};

/**
 * Reads an answer of Eurostat's statistics API (JSON-stat 2.0) into the atlas's figures: NUTS
 * figures summed to régions through the NUTS table (a part missing leaves the région without a
 * figure, with a note), France as `pays`. Cells flagged `:` or `c`, or without a value, are
 * counted as no data; other flags (p, e, b…) keep the value and are listed in the notes.
 * @example readEurostat(bytes, 'rd_p_persreg.json', RD_PERSONNEL, nuts).result.values[0]
 * // { geo_level: 'region', geo_code: '11', indicator: 'researchers_fte', year: 2020, value: 123.4 }
 */
export function readEurostat(
	bytes: Uint8Array,
	file: string,
	dataset: EurostatDataset,
	nuts: NutsTable
): { result: IngestResult; problems: string[] } {
	const { text, encoding } = decodeBytes(bytes);
	const reading = readJsonStat(text, file);
	const problems = [...nuts.problems, ...reading.problems];
	const notes = [`${file}: encoding ${encoding}, JSON-stat 2.0, dataset ${dataset.code}`];
	const dimensions = new Set(reading.dimensions.map((d) => d.id));
	for (const id of ['geo', 'time', ...Object.keys(dataset.keep)])
		if (reading.dimensions.length && !dimensions.has(id))
			problems.push(`${file}: no dimension « ${id} » (dimensions: ${[...dimensions].join(', ')})`);
	const figures = new Map<string, Map<string, NutsFigure>>();
	const noData = new Map<string, number>();
	const unknownGeo = new Set<string>();
	let rows = 0;
	let rejected = 0;
	const taken = (cell: JsonStatCell) =>
		Object.entries(dataset.keep).every(([d, code]) => cell.coords[d] === code) &&
		dataset.indicatorOf(cell.coords) !== undefined;
	for (const cell of problems.length ? [] : reading.cells.filter(taken)) {
		rows++;
		const { geo, time } = cell.coords;
		if (!/^\d{4}$/.test(time)) {
			rejected++;
			problems.push(`${file}: ${cell.where}: time « ${time} » is not a year`);
			continue;
		}
		if (geo !== 'FR' && !nuts.codes.has(geo)) {
			unknownGeo.add(geo);
			continue;
		}
		const empty = cell.value === null || /[:c]/.test(cell.status);
		if (empty) {
			const why = cell.status.match(/[:c]/)?.[0] ?? 'no value';
			noData.set(why, (noData.get(why) ?? 0) + 1);
			continue;
		}
		const key = `${dataset.indicatorOf(cell.coords)}|${time}`;
		const byGeo = figures.get(key) ?? new Map<string, NutsFigure>();
		byGeo.set(geo, { value: cell.value as number, flags: cell.status });
		figures.set(key, byGeo);
	}
	if (unknownGeo.size)
		notes.push(`geo ${[...unknownGeo].sort().join(', ')}: not in the NUTS table, left out`);
	if (noData.size)
		notes.push(
			`cells without a figure: ${[...noData].map(([why, n]) => `${n} ${FLAGS[why] ? `${why} (${FLAGS[why]})` : why}`).join(', ')}`
		);
	const regions: string[] = ['Code;Année;Indicateur;Valeur'];
	const pays: string[] = [regions[0]];
	const flagged = new Map<string, string[]>();
	const flag = (figure: NutsFigure, what: string) => {
		for (const f of figure.flags) flagged.set(f, [...(flagged.get(f) ?? []), what]);
	};
	for (const [key, byGeo] of figures) {
		const [indicator, year] = key.split('|');
		const france = byGeo.get('FR');
		if (france) {
			pays.push(`FR;${year};${indicator};${france.value}`);
			flag(france, `FR ${indicator} ${year}`);
		}
		for (const region of nuts.regions) {
			const { figure, from, missing } = regionFigure(region, byGeo);
			if (figure) {
				regions.push(`${region.region};${year};${indicator};${figure.value}`);
				flag(figure, `région ${region.region} ${indicator} ${year} (${from})`);
			} else if (missing)
				notes.push(
					`région ${region.region}, ${indicator} ${year}: no figure, NUTS ${missing.join(', ')} without one (never a partial sum)`
				);
		}
	}
	for (const [f, list] of flagged)
		notes.push(
			`flag ${f}${FLAGS[f] ? ` (${FLAGS[f]})` : ''} kept on ${list.length} figure${list.length > 1 ? 's' : ''}: ${list.slice(0, 3).join('; ')}${list.length > 3 ? '; …' : ''}`
		);
	const byRegion = ingest(regions.join('\n'), TIDY);
	const byCountry = ingest(pays.join('\n'), { ...TIDY, code: { column: 'Code', level: 'pays' } });
	const issues = [...byRegion.issues, ...byCountry.issues];
	return {
		result: {
			rows: rows + reading.problems.length,
			accepted: rows - rejected,
			rejected: rejected + reading.problems.length,
			issues,
			values: [...byRegion.values, ...byCountry.values],
			noData: [...noData.values()].reduce((a, b) => a + b, 0),
			skipped: { before: 0, after: 0 },
			notes
		},
		problems
	};
}
