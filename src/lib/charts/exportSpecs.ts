import type { AtlasModel } from '../data/model';
import type { Lang, Observation } from '../data/types';
import type { FigureBody, FigureSpec, LegendSpec } from '../export/figureSpec';
import { rowParts } from '../export/rowParts';
import type { ExportRow } from '../export/toCsv';
import { compareMessages } from '../i18n/compareMessages';
import { formatInterval } from '../scales/legendClasses';
import { FOCUS_REGIONS, type AreaRef } from './areas';
import { measureLabel, sourcesText } from './chartText';
import { colorOf, FRANCE_COLOR, OTHER_COLOR, REGION_COLORS } from './colors';
import type { RankingData, RegionBarsData } from './compareData';
import type { MapPairData } from './mapPairData';
import type { ScatterData } from './scatterData';
import type { TrendData } from './trendData';
import { TERRITORY_CODE, TERRITORY_SHORT_NAME } from '../territory/territoryArea';

/**
 * The legend of région colours for the areas a chart shows: AURA, NA, other régions, France.
 * @example regionLegend(areas, names, 'fr') // { kind: 'categories', items: [{ color: '#0072B2', label: 'Auvergne-Rhône-Alpes' }, …] }
 */
export function regionLegend(
	areas: readonly Pick<AreaRef, 'level' | 'region'>[],
	regionNames: Map<string, string>,
	lang: Lang
): LegendSpec {
	const t = compareMessages[lang];
	const colors = new Set(areas.map(colorOf));
	const items = FOCUS_REGIONS.map((code) => ({
		color: REGION_COLORS[code],
		label: regionNames.get(code) ?? code
	})).filter((item) => colors.has(item.color));
	const territory = REGION_COLORS[TERRITORY_CODE];
	if (colors.has(territory)) items.push({ color: territory, label: TERRITORY_SHORT_NAME[lang] });
	if (colors.has(OTHER_COLOR)) items.push({ color: OTHER_COLOR, label: t.otherRegions });
	if (colors.has(FRANCE_COLOR)) items.push({ color: FRANCE_COLOR, label: 'France' });
	return { kind: 'categories', title: t.regionColors, items };
}

/**
 * The legend of the maps' shared classes, with "no data".
 * @example mapsLegend(data, 'fr').items[0].label // '[12,5 ; 20['
 */
export function mapsLegend(data: MapPairData, lang: Lang): LegendSpec {
	const t = compareMessages[lang];
	return {
		kind: 'classes',
		title: `${t.legendTitle} — ${data.unit}`,
		items: data.classes.map((c) => ({
			color: c.color,
			label: formatInterval(c, lang, data.decimals)
		})),
		noData: { label: t.noData }
	};
}

/**
 * What an exported chart carries besides the drawing: title, legend, sources with licences and
 * years, and the atlas name.
 * @example chartFigureSpec({ model, title, legend, observations, lang: 'fr', date: today('fr') }).source
 * // 'Sources : INSEE, Populations légales… (licence : Licence Ouverte) ; … — données 2021–2023'
 */
export function chartFigureSpec(input: {
	model: AtlasModel;
	title: string;
	subtitle?: string;
	legend: LegendSpec;
	observations: readonly Observation[];
	lang: Lang;
	date: string;
}): FigureSpec {
	const t = compareMessages[input.lang];
	const years = [...new Set(input.observations.map((o) => o.year))].sort((a, b) => a - b);
	const span = years.length
		? ` — ${t.dataYears(t.yearSpan(years[0], years[years.length - 1]))}`
		: '';
	return {
		title: input.title,
		subtitle: input.subtitle,
		legend: input.legend,
		source: `${t.sources}${t.colon}${sourcesText(input.model, input.observations, input.lang, true)}${span}`,
		credit: t.credit,
		date: input.date,
		lang: input.lang
	};
}

/**
 * Several figure bodies side by side, each scaled to the same width and clipped to its own
 * viewBox (a nested `<svg>`), e.g. the two maps.
 * @example sideBySide([a, b], 16).width // 2 × 400 + 16
 */
export function sideBySide(bodies: FigureBody[], gap = 16, each = 400): FigureBody {
	let x = 0;
	let height = 0;
	const parts = bodies.map((body) => {
		const h = Math.round((body.height / Math.max(1, body.width)) * each * 10) / 10;
		const part = `<svg x="${x}" y="0" width="${each}" height="${h}" viewBox="0 0 ${body.width} ${body.height}">${body.markup}</svg>`;
		x += each + gap;
		height = Math.max(height, h);
		return part;
	});
	return { markup: parts.join(''), width: Math.max(0, x - gap), height };
}

/**
 * Today's date, as the credit line of an export writes it.
 * @example today('fr') // '26 novembre 2025'
 */
export function today(lang: Lang): string {
	return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(
		new Date()
	);
}

const isRate = (measure: string) => measure !== 'value';
const firstYear = (text: string) => {
	const year = /\d{4}/.exec(text);
	return year ? Number(year[0]) : null;
};

const row = (
	area: Pick<AreaRef, 'code' | 'name'>,
	indicator: string,
	parts: Pick<ExportRow, 'year' | 'numerator' | 'denominator' | 'denominatorYear'>,
	value: number | null,
	decimals: number | undefined,
	unit: string,
	source: string
): ExportRow => ({
	code: area.code,
	name: area.name,
	indicator,
	...parts,
	value,
	decimals,
	unit,
	source
});

/** Exactly what the régions chart shows: one row per area and year, with numerator and denominator.
 * @example regionBarsRows(model, data, 'fr')[0] // { code: '84', name: 'Auvergne-Rhône-Alpes', year: 2021, denominatorYear: 2023, … }
 */
export function regionBarsRows(model: AtlasModel, data: RegionBarsData, lang: Lang): ExportRow[] {
	const label = measureLabel(data.indicator, data.measure, lang);
	return data.groups.flatMap((g) =>
		g.bars.map((b) =>
			row(
				b,
				label,
				rowParts(b.inputs, isRate(data.measure)),
				b.value,
				data.decimals,
				data.unit,
				sourcesText(model, b.inputs, lang)
			)
		)
	);
}

/**
 * Exactly what the ranking shows: one row per area, then the reference figures.
 * @example rankingRows(model, data, 'fr').length // 24 départements + 4 references (AURA, NA, the CIMES territory, France)
 */
export function rankingRows(model: AtlasModel, data: RankingData, lang: Lang): ExportRow[] {
	const t = compareMessages[lang];
	const label = measureLabel(data.indicator, data.measure, lang);
	const rows = data.bars.map((b) =>
		row(
			b,
			label,
			rowParts(b.inputs, isRate(data.measure)),
			b.value,
			data.decimals,
			data.unit,
			sourcesText(model, b.inputs, lang)
		)
	);
	for (const ref of data.references) {
		const code = ref.key.replace(/^r/, '');
		rows.push(
			row(
				{ code, name: `${ref.name} (${t.reference})` },
				label,
				{ year: rows[0]?.year ?? firstYear(data.yearsText) },
				ref.value,
				data.decimals,
				data.unit,
				''
			)
		);
	}
	return rows;
}

/** Exactly what the trend shows: one row per line and year (empty value in a gap).
 * @example trendRows(model, data, 'fr').filter((r) => r.value === null) // the gaps
 */
export function trendRows(model: AtlasModel, data: TrendData, lang: Lang): ExportRow[] {
	const label = data.indicator.label[lang];
	const decimals = data.mode === 'index' ? 1 : undefined;
	return data.series.flatMap((s) =>
		s.points.map((p) => {
			const inputs = s.inputs.filter((o) => o.year === p.year || o.year === data.baseYear);
			return row(
				s,
				label,
				{ year: p.year },
				p.value,
				decimals,
				data.unit,
				sourcesText(model, inputs, lang)
			);
		})
	);
}

/** Exactly what the scatter shows: each area's two values and its population.
 * @example scatterRows(model, data, 'fr').length // 3 × 24
 */
export function scatterRows(model: AtlasModel, data: ScatterData, lang: Lang): ExportRow[] {
	const t = compareMessages[lang];
	return data.rows.flatMap((r) => {
		const source = sourcesText(model, r.inputs, lang);
		return [
			row(
				r,
				data.x.label,
				{ year: firstYear(data.x.yearsText) },
				r.x,
				undefined,
				data.x.unit,
				source
			),
			row(
				r,
				data.y.label,
				{ year: firstYear(data.y.yearsText) },
				r.y,
				undefined,
				data.y.unit,
				source
			),
			row(
				r,
				t.population,
				{ year: data.populationYear ?? null },
				r.population,
				0,
				t.inhabitants,
				r.populationInput ? sourcesText(model, [r.populationInput], lang) : ''
			)
		];
	});
}

/** Exactly what the two maps show: one row per map and area drawn in colour. * @example mapRows(model, data, areas, 'fr').length // 24: 12 on each map of the two régions
 */
export function mapRows(
	model: AtlasModel,
	data: MapPairData,
	areas: AreaRef[],
	lang: Lang
): ExportRow[] {
	return data.panels.flatMap((p) =>
		areas
			.filter((a) => p.codes.includes(a.code))
			.map((a) => {
				const inputs = p.inputs.filter((o) => o.code === a.code);
				const value = p.values.get(a.code)?.value ?? null;
				return row(
					a,
					p.label,
					rowParts(inputs, inputs.length > 1),
					value,
					data.decimals,
					data.unit,
					sourcesText(model, inputs, lang)
				);
			})
	);
}
