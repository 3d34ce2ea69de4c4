import type { Lang } from '../data/types';
import { formatNumber } from '../scales/format';

/**
 * Whether a quantity takes the singular: in French below 2 ('0 établissement', '1,5 milliard'),
 * in English exactly 1 ('0 establishments', '1 establishment').
 * @example isSingular(0, 'fr') // true
 * @example isSingular(0, 'en') // false
 */
export function isSingular(n: number, lang: Lang): boolean {
	return lang === 'fr' ? Math.abs(n) < 2 : Math.abs(n) === 1;
}

/**
 * One of two words by the quantity, with the number before it.
 * @example plural(1, 'fr', 'région', 'régions') // '1 région'
 */
export function plural(n: number, lang: Lang, one: string, other: string): string {
	return `${n} ${isSingular(n, lang) ? one : other}`;
}

/** The singular of each plural unit label of data/datapackage.json (the others never change). */
const SINGULAR_UNITS: Record<Lang, Record<string, string>> = {
	fr: {
		établissements: 'établissement',
		salariés: 'salarié',
		'demandeurs d’emploi': 'demandeur d’emploi',
		"demandeurs d'emploi": "demandeur d'emploi",
		habitants: 'habitant',
		'milliards d’euros': 'milliard d’euros',
		"milliards d'euros": "milliard d'euros"
	},
	en: {
		establishments: 'establishment',
		'salaried jobs': 'salaried job',
		jobseekers: 'jobseeker',
		inhabitants: 'inhabitant'
	}
};

/**
 * A unit in words agreeing with a quantity: its leading plural word turns singular when the
 * quantity asks for it, the rest ('pour 10 000 hab.') is kept.
 * @example unitFor('établissements pour 10 000 hab.', 1.5, 'fr') // 'établissement pour 10 000 hab.'
 * @example unitFor('establishments', 0, 'en') // 'establishments'
 */
export function unitFor(unit: string, n: number, lang: Lang): string {
	if (!isSingular(n, lang)) return unit;
	for (const [many, one] of Object.entries(SINGULAR_UNITS[lang])) {
		if (unit === many || unit.startsWith(`${many} `)) return one + unit.slice(many.length);
	}
	return unit;
}

/**
 * A number in the reader's format with its unit agreeing with it as printed (0,996 printed '1'
 * is singular; 1,996 printed '2' is not). Units starting with '%' follow the number as French
 * and English typography want it.
 * @example quantityText(1, 'établissements', 'fr', 0) // '1 établissement'
 * @example quantityText(12.5, '% du total de la région', 'fr', 1) // '12,5 % du total de la région' (narrow no-break space)
 */
export function quantityText(value: number, unit: string, lang: Lang, decimals: number): string {
	const number = formatNumber(value, lang, decimals);
	if (unit.startsWith('%')) return lang === 'fr' ? `${number}\u202f${unit}` : `${number}${unit}`;
	const printed = Number(value.toFixed(Math.min(20, Math.max(0, decimals))));
	return unit ? `${number}\u00a0${unitFor(unit, printed, lang)}` : number;
}
