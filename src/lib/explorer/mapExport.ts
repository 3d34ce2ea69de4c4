import { sourcesText } from '../data/citations';
import type { AtlasModel } from '../data/model';
import type { Lang } from '../data/types';
import type { FigureSpec } from '../export/figureSpec';
import { rowParts } from '../export/rowParts';
import type { ExportRow } from '../export/toCsv';
import { messages } from '../i18n/messages';
import { formatInterval } from '../scales/legendClasses';
import type { ExplorerView } from '../map/explorerView';
import type { ResolvedView } from '../state/resolveExplorer';
import type { Scope } from '../state/explorerParams';
import type { FileParts } from '../export/fileName';

/**
 * What an exported map carries besides the drawing: title, legend (classes and "no data", or
 * reference circles), sources with licences and years, and the atlas name.
 */
export function mapFigureSpec(
	model: AtlasModel,
	view: ExplorerView,
	lang: Lang,
	date: string
): FigureSpec {
	const t = messages[lang];
	const legend: FigureSpec['legend'] = view.symbols
		? {
				kind: 'sizes',
				title: `${t.sizeLegend} — ${view.unit}`,
				circles: view.sizes.map((s) => ({ radius: s.radius, label: s.label })),
				color: '#2c7fb8'
			}
		: {
				kind: 'classes',
				title: `${t.legendTitle(view.method)} — ${view.unit}`,
				items: view.classes.map((c) => ({
					color: c.color,
					label: formatInterval(c, lang, view.decimals),
					count: t.areas(c.count, view.level)
				})),
				noData: { label: t.noData, count: t.areas(view.noDataCount, view.level) },
				...(view.classNote ? { note: view.classNote } : {})
			};
	return {
		title: view.title,
		subtitle: view.summary,
		legend,
		source: `${t.sources}${t.colon}${sourcesText(
			model,
			view.areas.flatMap((a) => a.inputs),
			lang,
			true
		)}`,
		credit: t.appName,
		date,
		lang
	};
}

/** Exactly the data the map shows, one row per area. */
export function mapExportRows(view: ExplorerView, resolved: ResolvedView, lang: Lang): ExportRow[] {
	const t = messages[lang];
	const indicator = `${resolved.indicator.label[lang]}${t.measures[resolved.measure] ? ` ${t.measures[resolved.measure]}` : ''}`;
	return view.areas.map((a) => ({
		code: a.code,
		name: a.name,
		indicator,
		...rowParts(a.inputs, resolved.measure !== 'value'),
		value: a.value,
		decimals: view.decimals,
		unit: view.unit,
		source: a.sourceText
	}));
}

const SCOPE_SLUGS = { both: 'aura-na', '84': 'aura', '75': 'na' } as const;

/**
 * What an exported map's file is named after: 'carte', the indicator and measure, the years,
 * and the area shown.
 * @example exportFileName(mapFileParts(view, resolved, 'both', 'fr'), 'png') // 'cimes-atlas_carte_…_2021-population-2023_aura-na.png'
 */
export function mapFileParts(
	view: ExplorerView,
	resolved: ResolvedView,
	scope: Scope,
	lang: Lang
): FileParts {
	const t = messages[lang];
	return {
		view: 'carte',
		indicator: `${resolved.indicator.label[lang]} ${t.measures[resolved.measure]}`,
		year: view.yearsText,
		scope: resolved.level === 'region' ? 'regions' : SCOPE_SLUGS[scope]
	};
}
