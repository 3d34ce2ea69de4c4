import type { Lang } from '../data/types';
import { messages } from '../i18n/messages';
import type { AreaView, ExplorerView } from '../map/explorerView';
import type { ParamNotice } from '../state/explorerParams';
import type { Adjustment, ResolvedView } from '../state/resolveExplorer';

/** The area's ranks: among the areas shown, then within its région (départements only). */
function ranksOf(area: AreaView, view: ExplorerView, level: string, lang: Lang): string[] {
	const t = messages[lang];
	const withValue = view.areas.filter((a) => a.value !== null);
	const ranks: string[] = [];
	if (area.rankAll !== null) {
		const where = level === 'departement' ? t.among24 : t.among13;
		ranks.push(t.rankIn(area.rankAll, withValue.length, where));
	}
	if (area.rankInRegion !== null) {
		const inRegion = withValue.filter((a) => a.region === area.region).length;
		ranks.push(t.rankIn(area.rankInRegion, inRegion, t.inRegion));
	}
	return ranks;
}

/**
 * The accessible name of an area: name, value with unit, the count and denominator behind it
 * with their years (or the year), class and ranks.
 * @example 'Isère : 24,1 établissements pour 10 000 hab. — 3 065 établissements (2021) / 1 271 166 habitants (2023), classe 3 sur 5, 9ᵉ sur 24 parmi les départements affichés, 4ᵉ sur 12 dans sa région'
 */
export function describeArea(area: AreaView, view: ExplorerView, lang: Lang): string {
	const t = messages[lang];
	const value = `${area.name}${t.colon}${area.valueText}`;
	const parts = area.inputsText ? [`${value} — ${area.inputsText}`] : [value, view.yearsText];
	if (area.classIndex !== null) parts.push(t.classOf(area.classIndex + 1, view.classes.length));
	parts.push(...ranksOf(area, view, view.level, lang));
	return parts.join(', ').trim();
}

/** Every notice to show: URL params not understood, and adjustments made to fit the data. */
export function noticesOf(
	params: ParamNotice[],
	adjustments: Adjustment[],
	view: ResolvedView,
	lang: Lang
): string[] {
	const t = messages[lang];
	const texts = params.map((p) => t.paramNotice(p.param, p.value));
	for (const a of adjustments) {
		if (a.kind === 'unknown-indicator') texts.push(t.unknownIndicator(a.value));
		else if (a.kind === 'level-switched')
			texts.push(a.to === 'region' ? t.levelSwitched : t.levelSwitchedDep);
		else if (a.kind === 'measure-unavailable')
			texts.push(t.measureUnavailable(t.measureNames[a.value], t.measureNames[a.shown]));
		else if (a.kind === 'year-unavailable') texts.push(t.yearUnavailable(a.value));
		else texts.push(t.baseUnavailable(a.value));
	}
	if (view.measure === 'change' && view.baseYear === undefined) texts.push(t.noBaseYear);
	return texts;
}

/**
 * The tooltip's lines: value; the count and denominator behind it with their years (or the
 * year); ranks among the areas shown and in the région; change since the previous year; source.
 * @example ['24,1 établissements pour 10 000 hab.', '3 065 établissements (2021) / 1 271 166 habitants (2023)', '9ᵉ sur 24 parmi les départements affichés', …]
 */
export function tooltipLines(
	area: AreaView,
	view: ExplorerView,
	level: string,
	lang: Lang
): string[] {
	const t = messages[lang];
	const lines = [area.valueText, area.inputsText || `${t.year}${t.colon}${view.yearsText}`];
	lines.push(...ranksOf(area, view, level, lang));
	if (area.changeText) lines.push(area.changeText);
	lines.push(`${t.source}${t.colon}${area.sourceText}`);
	return lines;
}
