import type { IngestMapping, ResolvedMapping, YearColumn } from './mapping';
import { plain, readPlainNumber } from './plainNumber';
import { readNumber, type NumberOptions } from './readNumber';
import { namesFor, suffixesOf, yearOf } from './rowValues';
import type { ScannedRecord } from './scannedRecord';
import { detached, TerritoryCodes } from './territoryCodes';
import { addToSum, type TerritorySum, type TerritorySums } from './territorySums';
import type { RowValue } from './rowValues';

/** A category's label, once read: its suffixes and, per cell to read, the indicators it gives. */
interface Category {
	suffixes: readonly string[];
	names: string[][];
	/** Per territory, the sums its figures go to, by cell to read and indicator (when fixed). */
	slots: Map<TerritorySum, (RowValue | undefined)[]>;
}

const CATEGORY_LIMIT = 10_000;

/**
 * `readRow` for a row without a problem, straight from the scanned text into the sums: numbers
 * and codes read from the characters, a category's indicators made once per label, no object
 * per figure. Returns null, having summed nothing, for any row it would not read exactly as
 * `readRow` does (a bad or unusual cell): that row is read by `readRow`, which says why.
 * Made only for mappings whose rows are summed (no duplicate keys to look for) and whose
 * territories are codes.
 */
export class FastRowReader {
	/** The cells of "no data" in the last row accepted. */
	noData = 0;
	#width: number;
	#columns: ResolvedMapping;
	#mapping: IngestMapping;
	#sums: TerritorySums;
	#codes: TerritoryCodes;
	#toRead: YearColumn[];
	/** Whether each cell's indicator is known from the header (not read from a column). */
	#fixedIndicators: boolean;
	#plainNames: string[][];
	/** Each cell's year and indicators are fixed: a row's sums can be kept in slots. */
	#slotted: boolean;
	#noCategory: Category;
	#numberOptions: NumberOptions;
	#dotIsDecimal: boolean;
	#categories = new Map<string, Category | null>();
	#values: number[] = [];
	#decimals: number[] = [];
	#read: number[] = [];

	static for(width: number, columns: ResolvedMapping, mapping: IngestMapping, sums: TerritorySums) {
		if (!mapping.sumRows || mapping.code.byName) return null;
		return new FastRowReader(width, columns, mapping, sums);
	}

	private constructor(
		width: number,
		columns: ResolvedMapping,
		mapping: IngestMapping,
		sums: TerritorySums
	) {
		this.#width = width;
		this.#columns = columns;
		this.#mapping = mapping;
		this.#sums = sums;
		this.#codes = new TerritoryCodes(mapping.code.level, sums);
		this.#toRead = columns.yearColumns.length
			? columns.yearColumns
			: [{ index: columns.value, indicator: mapping.indicator ?? '', year: NaN }];
		this.#fixedIndicators = columns.yearColumns.length > 0 || columns.indicatorColumn < 0;
		this.#plainNames = this.#toRead.map((c) => [c.indicator]);
		this.#slotted = this.#fixedIndicators && this.#toRead.every((c) => !Number.isNaN(c.year));
		this.#noCategory = { suffixes: [], names: this.#plainNames, slots: new Map() };
		this.#numberOptions = { decimal: mapping.decimal, percent: true };
		this.#dotIsDecimal = mapping.decimal !== ',';
	}

	read(record: ScannedRecord): 'accepted' | 'leftOut' | null {
		const columns = this.#columns;
		if (record.count !== this.#width) return null;
		for (const f of columns.rowFilters)
			if (f.values.has(record.cell(f.index).trim()) !== f.keep) return 'leftOut';
		const territory = this.#codes.read(record, columns.code);
		if (territory === null) return null;
		let category: Category | null = null;
		if (columns.category >= 0) {
			category = this.#category(record.cell(columns.category).trim());
			if (category === null) return null;
			if (!category.suffixes.length) return 'leftOut';
		}
		let rowYear = this.#mapping.fixedYear ?? NaN;
		if (columns.year >= 0) {
			const year = this.#rowYear(record);
			if (year === null) return 'leftOut';
			rowYear = year;
		}
		const indicator = this.#fixedIndicators
			? this.#toRead[0].indicator
			: record.cell(columns.indicatorColumn).trim();
		if (!columns.yearColumns.length && indicator === '') return null;
		const figures = this.#readFigures(record, rowYear);
		if (figures < 0) return null;
		if (figures > 0 && !territory.counted) {
			this.#sums.countCommune(territory.departement!, territory.code);
			territory.counted = true;
		}
		if (this.#slotted) this.#addToSlots(territory.sums, category ?? this.#noCategory, figures);
		else this.#add(territory.sums, category, indicator, rowYear, figures);
		return 'accepted';
	}

	/** Adds the row's figures to their sums, each found once per territory and category. */
	#addToSlots(sums: TerritorySum, category: Category, figures: number) {
		let slots = category.slots.get(sums);
		if (!slots) category.slots.set(sums, (slots = []));
		const width = category.names[0]?.length ?? 0;
		for (let i = 0; i < figures; i++) {
			const k = this.#read[i];
			const names = category.names[k];
			for (let j = 0; j < names.length; j++) {
				const slot = slots[k * width + j];
				if (slot) addToSum(slot, this.#values[i], this.#decimals[i]);
				else {
					const { year } = this.#toRead[k];
					const value = this.#values[i];
					slots[k * width + j] = this.#sums.addTo(sums, names[j], year, value, this.#decimals[i]);
				}
			}
		}
	}

	#add(
		sums: TerritorySum,
		category: Category | null,
		indicator: string,
		rowYear: number,
		figures: number
	) {
		for (let i = 0; i < figures; i++) {
			const k = this.#read[i];
			const cell = this.#toRead[k];
			const year = Number.isNaN(cell.year) ? rowYear : cell.year;
			const names = this.#fixedIndicators
				? (category?.names ?? this.#plainNames)[k]
				: namesFor(this.#mapping, category?.suffixes ?? null, indicator);
			for (const name of names)
				this.#sums.addTo(sums, name, year, this.#values[i], this.#decimals[i]);
		}
	}

	/** Reads the row's figures into `#values`; how many, or -1 for a cell that is not a number. */
	#readFigures(record: ScannedRecord, rowYear: number): number {
		let figures = 0;
		this.noData = 0;
		for (let k = 0; k < this.#toRead.length; k++) {
			const { index, year } = this.#toRead[k];
			if (Number.isNaN(year) && Number.isNaN(rowYear)) return -1;
			const text = record.source(index);
			const start = record.start(index);
			const end = record.end(index);
			let value: number;
			let decimals: number;
			if (start === end) {
				this.noData++;
				continue;
			} else if (readPlainNumber(text, start, end, this.#dotIsDecimal)) {
				({ value, decimals } = plain);
			} else {
				const reading = readNumber(record.cell(index), this.#numberOptions);
				if (reading.kind === 'invalid') return -1;
				if (reading.kind === 'no-data') {
					this.noData++;
					continue;
				}
				({ value, decimals } = reading);
			}
			this.#values[figures] = value;
			this.#decimals[figures] = decimals;
			this.#read[figures++] = k;
		}
		return figures;
	}

	/** The row's year; NaN when it is not one, null when the year pattern leaves the row out. */
	#rowYear(record: ScannedRecord): number | null {
		const cell = record.cell(this.#columns.year);
		const pattern = this.#mapping.yearPattern;
		if (!pattern) return yearOf(cell);
		const period = pattern.exec(cell.trim());
		return period ? Number(period[1]) : null;
	}

	/** A category's label read once; null for an empty one. */
	#category(label: string): Category | null {
		let category = this.#categories.get(label);
		if (category !== undefined) return category;
		const key = detached(label);
		category = key === '' ? null : this.#categoryOf(suffixesOf(this.#mapping, key));
		if (this.#categories.size < CATEGORY_LIMIT) this.#categories.set(key, category);
		return category;
	}

	#categoryOf(suffixes: readonly string[]): Category {
		const names = this.#toRead.map((c) => namesFor(this.#mapping, suffixes, c.indicator));
		return { suffixes, names, slots: new Map() };
	}
}
