import type { AtlasModel } from '../data/model';
import type { Lang } from '../data/types';
import type { FigureSpec } from '../export/figureSpec';
import type { ExportRow } from '../export/toCsv';
import { messages } from '../i18n/messages';
import { formatInterval } from '../scales/legendClasses';
import type { ExplorerView } from '../map/explorerView';
import type { ResolvedView } from '../state/resolveExplorer';

/** A licence's short name, or "licence inconnue" / "unknown licence". */
export const licenceName = (name: string, lang: Lang) =>
	name === 'unknown' ? messages[lang].unknownLicence : name;

/** 'URSSAF (Licence Ouverte 2.0) ; INSEE (…)': each source of the view once, with its licence. */
export function sourcesWithLicences(model: AtlasModel, view: ExplorerView, lang: Lang): string {
	const t = messages[lang];
	const ids = new Set(view.areas.flatMap((a) => a.inputs.map((o) => o.source)));
	return [...ids]
		.sort()
		.map((id) => model.sourceById.get(id))
		.filter((s) => s !== undefined)
		.map((s) => `${s.publisher}, ${s.title} (${licenceName(s.licenseName, lang)})`)
		.join(t.semicolon);
}

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
				noData: { label: t.noData, count: t.areas(view.noDataCount, view.level) }
			};
	return {
		title: view.title,
		subtitle: view.summary,
		legend,
		source: `${t.sources}${t.colon}${sourcesWithLicences(model, view, lang)}`,
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
		year: view.yearsText,
		value: a.value,
		unit: view.unit,
		source: a.sourceText
	}));
}
