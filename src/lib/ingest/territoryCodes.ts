import type { ScannedRecord } from './scannedRecord';
import { departementOfCommune, readTerritoryCode } from './territoryCode';
import type { TerritorySum, TerritorySums } from './territorySums';
import type { SourceLevel } from './types';

/** A valid territory code met in the file, with the sums its figures go to. */
export interface Territory {
	code: string;
	/** A commune's département (its figures are summed there); null at other levels. */
	departement: string | null;
	sums: TerritorySum;
	/** Whether the commune is already among its département's communes. */
	counted: boolean;
}

const CACHE_LIMIT = 50_000;

/**
 * `readTerritoryCode` once per distinct cell: a commune cell that starts with five digits (then
 * nothing, or a space and its name) is found by its number without a substring, any other cell
 * by its text. Null for a code `readTerritoryCode` refuses (the row is then read the slow way,
 * which says why).
 */
export class TerritoryCodes {
	#level: SourceLevel;
	#sums: TerritorySums;
	#byNumber: (Territory | null | undefined)[] = [];
	#byCell = new Map<string, Territory | null>();

	constructor(level: SourceLevel, sums: TerritorySums) {
		this.#level = level;
		this.#sums = sums;
	}

	read(record: ScannedRecord, index: number): Territory | null {
		if (this.#level === 'commune') {
			const text = record.source(index);
			const number = fiveDigits(text, record.start(index), record.end(index));
			if (number >= 0) {
				const known = this.#byNumber[number];
				if (known !== undefined) return known;
				const start = record.start(index);
				return (this.#byNumber[number] = this.#territory(text.slice(start, start + 5)));
			}
		}
		const cell = record.cell(index);
		let known = this.#byCell.get(cell);
		if (known === undefined) {
			known = this.#territory(cell);
			if (this.#byCell.size < CACHE_LIMIT) this.#byCell.set(detached(cell), known);
		}
		return known;
	}

	#territory(cell: string): Territory | null {
		const reading = readTerritoryCode(this.#level, cell);
		if (!reading.ok) return null;
		const code = detached(reading.code);
		if (this.#level !== 'commune')
			return {
				code,
				departement: null,
				sums: this.#sums.territory(this.#level, code),
				counted: true
			};
		const departement = departementOfCommune(code);
		const sums = this.#sums.territory('departement', departement);
		return { code, departement, sums, counted: false };
	}
}

/** The number of a cell's five leading digits, when a space or the cell's end follows; else -1. */
function fiveDigits(text: string, start: number, end: number): number {
	if (end - start < 5) return -1;
	if (end > start + 5) {
		const next = text.charCodeAt(start + 5);
		if (next !== 32 && next !== 9) return -1;
	}
	let number = 0;
	for (let at = start; at < start + 5; at++) {
		const digit = text.charCodeAt(at) - 48;
		if (digit < 0 || digit > 9) return -1;
		number = number * 10 + digit;
	}
	return number;
}

/**
 * A copy of a string that does not hold the chunk of text it was cut from (a cut string may
 * keep its whole chunk alive while it sits in a cache).
 */
export function detached(text: string): string {
	return (text + ' ').slice(0, -1);
}
