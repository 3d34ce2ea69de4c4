import { sourcesText } from '../data/citations';
import type { AtlasModel } from '../data/model';
import type { Lang } from '../data/types';
import { keyFiguresMessages } from '../i18n/keyFiguresMessages';
import { quantityText } from '../i18n/plural';
import { formatNumber } from '../scales/format';
import type { ClaimCheck, ClaimFigure } from './claimChecks';
import { areaLabel } from './keyAreas';
import type { AreaFigure, Change, KeyFigureCard } from './keyFigures';
import { TERRITORY_CODE } from './territory';

const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase('fr') + label.slice(1);

/** Decimals for a card: none for whole numbers, one for figures such as billions of euros. */
const decimalsOfCard = (card: KeyFigureCard) =>
	card.areas.every((a) => a.latest === undefined || Number.isInteger(a.latest.value)) ? 0 : 1;

/**
 * An area's figure with its unit, or "pas de données".
 * @example figureText(card, card.areas[1], 'fr') // '504 637 salariés'
 */
export function figureText(card: KeyFigureCard, figure: AreaFigure, lang: Lang): string {
	if (!figure.latest || figure.latest.value === null) return keyFiguresMessages[lang].noData;
	const unit = card.indicator.unit[lang];
	return quantityText(figure.latest.value, unit, lang, decimalsOfCard(card));
}

/**
 * A percentage with a sign for changes, French or English typography.
 * @example percentText(24.19, 'fr') // '24,2 %' (narrow no-break space)
 */
export function percentText(value: number, lang: Lang, signed = false): string {
	const digits = Math.abs(value) < 1 ? 2 : 1;
	const sign = signed && value > 0 ? '+' : '';
	const number = `${sign}${formatNumber(value, lang, digits)}`.replace('-', '−');
	return lang === 'fr' ? `${number}\u202f%` : `${number}%`;
}

/** '+12,3 % de 1998 à 2025', or '' without a change. */
export function changeText(change: Change | null, lang: Lang): string {
	if (!change || change.percent === null) return '';
	return keyFiguresMessages[lang].changeText(
		percentText(change.percent, lang, true),
		change.from,
		change.to
	);
}

/**
 * The sentence "Copier" puts on the clipboard: year, area, figure, indicator, share of France and
 * source, ready for a brochure; '' for an area without a figure.
 * @example copySentence(model, card, card.areas[1], 'fr')
 * // 'En 2025, Auvergne-Rhône-Alpes comptait 504 637 salariés (salariés du privé dans l’industrie (B–E)), soit 16,0 % du total de la France (URSSAF …).'
 */
export function copySentence(
	model: AtlasModel,
	card: KeyFigureCard,
	figure: AreaFigure,
	lang: Lang
): string {
	const t = keyFiguresMessages[lang];
	if (!figure.latest) return '';
	const area =
		figure.area.code === TERRITORY_CODE ? t.territoryInSentence : areaLabel(figure.area, lang);
	const share = figure.shareFrance === null ? '' : percentText(figure.shareFrance, lang);
	return t.sentence(
		figure.latest.year,
		area,
		figureText(card, figure, lang),
		inSentence(card.indicator.label[lang]),
		share,
		sourcesText(model, [figure.latest], lang)
	);
}

/** A claim's figure in words: 'Salariés … (CH), part de la France : 28,5 % (2025)'. */
export function claimFigureText(figure: ClaimFigure, lang: Lang): string {
	const t = keyFiguresMessages[lang];
	const label = figure.indicator.label[lang];
	if (figure.measure === 'shareFrance') {
		return t.figureAs(t.shareOfFrance(label), percentText(figure.value, lang), figure.year);
	}
	const digits = Number.isInteger(figure.value) ? 0 : 1;
	const value = quantityText(figure.value, figure.indicator.unit[lang], lang, digits);
	return t.figureAs(label, value, figure.year);
}

/**
 * The one-line explanation of a verdict: the figure it rests on and its gap to the claim, the
 * claim's caveat, or what the atlas lacks and which source could test the claim.
 */
export function claimExplanation(check: ClaimCheck, lang: Lang): string {
	const t = keyFiguresMessages[lang];
	const { claim, best } = check;
	const parts: string[] = [];
	if (claim.test.kind === 'none') parts.push(claim.test.missing[lang]);
	else if (!best) parts.push(t.noFigure);
	else {
		const gap = best.gap ?? 0;
		const held = claim.test.kind === 'atLeast' && gap >= 0;
		const gapWords = held ? t.atLeastHolds : t.gapText(percentText(gap * 100, lang, true));
		parts.push(`${t.basedOn(inSentence(claimFigureText(best, lang)))}, ${gapWords}`);
	}
	if (claim.caveat) parts.push(claim.caveat[lang]);
	const text = parts.join(lang === 'fr' ? ' ; ' : '; ');
	return `${text.charAt(0).toLocaleUpperCase(lang)}${text.slice(1)}.`;
}
