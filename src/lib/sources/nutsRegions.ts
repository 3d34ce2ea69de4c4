import { readTable } from '../ingest';

/** The NUTS codes that make up one région, per NUTS version. */
export interface NutsRegion {
	region: string;
	/** NUTS-1 codes that are the région itself (NUTS 2016/2021: FRK = Auvergne-Rhône-Alpes). */
	whole: string[];
	/** The NUTS-2 parts of the région in each version, newest first, one entry per distinct set. */
	partsByVersion: { versions: string; parts: string[] }[];
}

export interface NutsTable {
	regions: NutsRegion[];
	/** Every NUTS code of the table, to tell codes the table does not know. */
	codes: Set<string>;
	problems: string[];
}

/** A figure for one NUTS code (or the country), with the flags it was published with. */
export interface NutsFigure {
	value: number;
	flags: string;
}

const HEADER = ['nuts_code', 'nuts_level', 'nuts_versions', 'nuts_name', 'region_code'];

/**
 * Reads the committed NUTS → région table (data/sources/nuts-regions.csv). A bad line is a
 * problem naming the file, its row and column, never a silent skip.
 * @example readNutsTable(csv, 'nuts-regions.csv').regions.find((r) => r.region === '84')
 * // { region: '84', whole: ['FRK'], partsByVersion: [{ versions: '2016 2021', parts: ['FRK1', 'FRK2'] }, { versions: '2010 2013', parts: ['FR71', 'FR72'] }] }
 */
export function readNutsTable(text: string, file: string): NutsTable {
	const table = readTable(text, ',');
	const problems: string[] = [];
	const column = (name: string) => table.header.indexOf(name);
	for (const name of HEADER)
		if (column(name) < 0) problems.push(`${file}, row ${table.headerRow}: no column « ${name} »`);
	const byRegion = new Map<string, { whole: string[]; parts: Map<string, string[]> }>();
	const codes = new Set<string>();
	if (problems.length) return { regions: [], codes, problems };
	for (const { row, cells } of table.records) {
		const [code, level, versions, , region] = HEADER.map((h) => (cells[column(h)] ?? '').trim());
		const bad = (col: string, expected: string) =>
			problems.push(`${file}, row ${row}, column « ${col} »: expected ${expected}`);
		if (!/^FR[0-9A-Z]{1,2}$/.test(code)) bad('nuts_code', 'a French NUTS-1 or NUTS-2 code');
		else if (level !== String(code.length - 2)) bad('nuts_level', `${code.length - 2} for ${code}`);
		else if (!/^\d{2}$/.test(region)) bad('region_code', 'a two-digit région code');
		else if (!/^(\d{4})( \d{4})*$/.test(versions)) bad('nuts_versions', 'years such as 2016 2021');
		else {
			codes.add(code);
			const entry = byRegion.get(region) ?? { whole: [] as string[], parts: new Map() };
			if (level === '1') entry.whole.push(code);
			// A code valid in several versions (FR10) is a part in each of them.
			else
				for (const version of versions.split(' '))
					entry.parts.set(version, [...(entry.parts.get(version) ?? []), code]);
			byRegion.set(region, entry);
		}
	}
	const regions = [...byRegion].map(([region, { whole, parts }]) => {
		const grouped = new Map<string, string[]>();
		for (const version of [...parts.keys()].sort().reverse()) {
			const set = parts.get(version)!.sort().join(' ');
			grouped.set(set, [...(grouped.get(set) ?? []), version]);
		}
		const partsByVersion = [...grouped].map(([set, versions]) => ({
			versions: versions.sort().join(' '),
			parts: set.split(' ')
		}));
		return { region, whole, partsByVersion };
	});
	return { regions, codes, problems };
}

/**
 * A région's figure from NUTS figures: the NUTS-1 figure when the région is published whole,
 * else the sum of its NUTS-2 parts in the first version where every part has a figure, rounded to
 * the most decimals of its parts. No partial sum: a part missing leaves the région without a
 * figure and says which part (`missing`).
 * @example regionFigure(aura, new Map([['FRK1', { value: 1.5, flags: '' }], ['FRK2', { value: 2, flags: 'p' }]]))
 * // { figure: { value: 3.5, flags: 'p' }, from: 'FRK1 + FRK2' }
 */
export function regionFigure(
	region: NutsRegion,
	figures: ReadonlyMap<string, NutsFigure>
): { figure?: NutsFigure; from?: string; missing?: string[] } {
	const whole = region.whole.find((code) => figures.has(code));
	if (whole) return { figure: figures.get(whole), from: whole };
	let fewestMissing: string[] | undefined;
	for (const { parts } of region.partsByVersion) {
		const missing = parts.filter((p) => !figures.has(p));
		if (!missing.length) {
			const found = parts.map((p) => figures.get(p)!);
			return { figure: sum(found), from: parts.join(' + ') };
		}
		// The version the file uses is the one with parts present: name its missing parts.
		if (missing.length < parts.length && (!fewestMissing || missing.length < fewestMissing.length))
			fewestMissing = missing;
	}
	return fewestMissing ? { missing: fewestMissing } : {};
}

function sum(figures: NutsFigure[]): NutsFigure {
	const decimals = Math.max(...figures.map((f) => decimalsOf(f.value)));
	const total = figures.reduce((s, f) => s + f.value, 0);
	const flags = [...new Set(figures.flatMap((f) => [...f.flags]))].sort().join('');
	return { value: Number(total.toFixed(decimals)), flags };
}

function decimalsOf(value: number): number {
	const [, fraction = ''] = String(value).split('.');
	return fraction.length;
}
