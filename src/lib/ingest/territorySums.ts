import type { RowValue } from './rowValues';
import { departementOfCommune } from './territoryCode';
import type { SourceLevel } from './types';

/** One territory's running sums, by indicator and year. */
export interface TerritorySum {
	level: SourceLevel;
	code: string;
	byIndicator: Map<string, Map<number, RowValue>>;
}

/**
 * Each territory's running sum per indicator and year, folded in as rows arrive (communes summed
 * to their département), in maps of maps so that no key is built per figure; the sums in the
 * order first met; and the distinct commune codes summed into each département.
 */
export class TerritorySums {
	inOrder: RowValue[] = [];
	/** At most ~35,000 commune codes in all. */
	communesOf = new Map<string, Set<string>>();
	#territories = new Map<string, TerritorySum>();

	/** A row's figure, as `readRow` gives it. */
	add(v: RowValue) {
		if (v.level !== 'commune') {
			this.addTo(this.territory(v.level, v.code), v.indicator, v.year, v.value, v.decimals);
			return;
		}
		const departement = departementOfCommune(v.code);
		this.countCommune(departement, v.code);
		const sums = this.territory('departement', departement);
		this.addTo(sums, v.indicator, v.year, v.value, v.decimals);
	}

	/** The sums of a territory, made empty the first time. */
	territory(level: SourceLevel, code: string): TerritorySum {
		const key = level === 'departement' ? code : `${level}|${code}`;
		let sums = this.#territories.get(key);
		if (!sums) this.#territories.set(key, (sums = { level, code, byIndicator: new Map() }));
		return sums;
	}

	countCommune(departement: string, commune: string) {
		let communes = this.communesOf.get(departement);
		if (!communes) this.communesOf.set(departement, (communes = new Set()));
		communes.add(commune);
	}

	/** Adds a figure to a territory's sums; returns its sum. */
	addTo(
		sums: TerritorySum,
		indicator: string,
		year: number,
		value: number,
		decimals: number
	): RowValue {
		let byYear = sums.byIndicator.get(indicator);
		if (!byYear) sums.byIndicator.set(indicator, (byYear = new Map()));
		const sum = byYear.get(year);
		if (sum === undefined) {
			const { level, code } = sums;
			const first = { level, code, indicator, year, value, decimals };
			byYear.set(year, first);
			this.inOrder.push(first);
			return first;
		}
		addToSum(sum, value, decimals);
		return sum;
	}
}

export function addToSum(sum: RowValue, value: number, decimals: number) {
	sum.value += value;
	if (decimals > sum.decimals) sum.decimals = decimals;
}
