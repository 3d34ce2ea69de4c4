import { decimalsFor } from '../scales/format';
import type { MeasureId } from '../data/measures';
import type { Indicator, Lang } from '../data/types';
import { compareMessages } from '../i18n/compareMessages';
import { messages } from '../i18n/messages';
import { quantityText } from '../i18n/plural';

/**
 * A value with its unit in the reader's format, or "pas de données" / "no data" for null.
 * The unit agrees with the number ('1 établissement'); one starting with '%' follows the number as
 * French and English typography want it.
 * @example valueText(12.5, '% du total de la région', 'fr', 1) // '12,5 % du total de la région' (narrow no-break space)
 * @example valueText(null, 'établissements', 'fr', 0) // 'pas de données'
 */
export function valueText(
	value: number | null,
	unit: string,
	lang: Lang,
	decimals: number
): string {
	if (value === null || !Number.isFinite(value)) return compareMessages[lang].noData;
	return quantityText(value, unit, lang, decimals);
}

/**
 * Enough decimals to tell values apart, as `decimalsFor` (two significant digits below 1), and
 * none for whole numbers, such as counts.
 * @example decimalsOf([1234, 56]) // 0
 */
export function decimalsOf(values: readonly (number | null)[]): number {
	const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
	if (present.length === 0 || present.every(Number.isInteger)) return 0;
	return decimalsFor(present);
}

/**
 * The indicator with its measure, as a chart title starts: 'Établissements industriels (B–E)
 * pour 10 000 habitants'.
 * @example measureLabel(indicator, 'per10k', 'en') // 'Industrial establishments (B–E) per 10,000 inhabitants'
 */
export function measureLabel(indicator: Indicator, measure: MeasureId, lang: Lang): string {
	const suffix = messages[lang].measures[measure];
	return suffix ? `${indicator.label[lang]} ${suffix}` : indicator.label[lang];
}

/**
 * Lowercases the first letter of a label, to use it inside a sentence.
 * @example inSentence('Établissements industriels (B–E)') // 'établissements industriels (B–E)'
 */
export function inSentence(label: string): string {
	return label.charAt(0).toLocaleLowerCase('fr') + label.slice(1);
}

export { sourcesText, yearsTextFor } from '../data/citations';
