import type { Lang } from '../data/types';
import { messages } from '../i18n/messages';
import type { AreaView, ExplorerView } from '../map/explorerView';
import type { ParamNotice } from '../state/explorerParams';
import type { Adjustment, ResolvedView } from '../state/resolveExplorer';

/**
 * The accessible name of an area: name, value with unit, year, and class or rank.
 * @example 'Isère : 24,1 établissements pour 10 000 hab., 2021, classe 3 sur 5'
 */
export function describeArea(area: AreaView, view: ExplorerView, lang: Lang): string {
	const t = messages[lang];
	const parts = [`${area.name}${t.colon}${area.valueText}`, view.yearsText];
	if (area.classIndex !== null) parts.push(t.classOf(area.classIndex + 1, view.classes.length));
	else if (area.rankAll !== null)
		parts.push(t.rankIn(area.rankAll, view.areas.length - view.noDataCount, ''));
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

/** The tooltip's lines: value, years, ranks, change since the previous year, source. */
export function tooltipLines(
	area: AreaView,
	view: ExplorerView,
	level: string,
	lang: Lang
): string[] {
	const t = messages[lang];
	const withValue = view.areas.filter((a) => a.value !== null);
	const lines = [area.valueText, `${t.year}${t.colon}${view.yearsText}`];
	if (area.rankAll !== null) {
		lines.push(
			t.rankIn(area.rankAll, withValue.length, level === 'departement' ? t.among24 : t.among13)
		);
	}
	if (area.rankInRegion !== null) {
		const inRegion = withValue.filter((a) => a.region === area.region).length;
		lines.push(t.rankIn(area.rankInRegion, inRegion, t.inRegion));
	}
	if (area.changeText) lines.push(area.changeText);
	lines.push(`${t.source}${t.colon}${area.sourceText}`);
	return lines;
}
