import type { MeasureId } from '../data/measures';
import type { AtlasModel } from '../data/model';
import type { Lang, Observation } from '../data/types';
import { messages } from '../i18n/messages';
import { quantityText } from '../i18n/plural';
import { decimalsFor } from '../scales/format';

/** Where a denominator was counted, when it is not the area itself. */
export type PlaceName = (observation: Observation) => string | undefined;

/**
 * The figures behind a measure with their units and years: count and denominator for a ratio or
 * a share, both years for a change; '' for a plain value (the value says it all).
 * @example inputsText(model, 'per10k', [count, population], 'fr', () => undefined)
 * // '1 234 établissements (2021) / 336 000 habitants (2023)'
 */
export function inputsText(
	model: AtlasModel,
	measure: MeasureId,
	inputs: readonly Observation[],
	lang: Lang,
	placeOf: PlaceName
): string {
	const t = messages[lang];
	const [numerator, denominator] = inputs;
	if (measure === 'value' || !numerator || numerator.value === null) return '';
	const quantity = (o: Observation) => {
		const unit = model.indicatorById.get(o.indicator)?.unit[lang] ?? '';
		const value = o.value ?? 0;
		return quantityText(value, unit, lang, Number.isInteger(value) ? 0 : decimalsFor([value]));
	};
	const counted = t.countedIn(quantity(numerator), numerator.year);
	if (!denominator || denominator.value === null) return counted;
	const other = t.countedIn(quantity(denominator), denominator.year, placeOf(denominator));
	return measure === 'change' ? t.changeInputs(other, counted) : t.ratioInputs(counted, other);
}
