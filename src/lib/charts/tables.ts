import { compareMessages } from '../i18n/compareMessages';
import { formatNumber } from '../scales/format';
import type { AreaRef, CompareContext } from './areas';
import type { RankingData, RegionBarsData } from './compareData';
import type { MapPairData } from './mapPairData';
import type { ScatterData } from './scatterData';
import type { TrendData } from './trendData';

/** One row of a chart's table alternative: a header cell (linked to a profile) and values. */
export interface TableRow {
	key: string;
	name: string;
	href?: string;
	cells: string[];
}

/** What ChartTable shows. */
export interface TableModel {
	caption: string;
	columns: string[];
	rows: TableRow[];
	/** Indexes of numeric cells (right-aligned). */
	numeric: number[];
}

/** The profile page of an area, or undefined (France has none). */
export type ProfileHref = (area: AreaRef) => string | undefined;

const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => i + from);

/**
 * The table of the régions chart: one row per area, one column per year.
 * @example regionBarsTable(ctx, data, href).columns // ['Territoire', '2021 (population 2023)']
 */
export function regionBarsTable(
	ctx: CompareContext,
	data: RegionBarsData,
	href: ProfileHref
): TableModel {
	const t = compareMessages[ctx.lang];
	const first = data.groups[0]?.bars ?? [];
	return {
		caption: data.title,
		columns: [t.area, ...data.groups.map((g) => g.label)],
		rows: first.map((bar, i) => ({
			key: bar.key,
			name: bar.name,
			href: href(bar),
			cells: data.groups.map((g) => g.bars[i].valueText)
		})),
		numeric: range(data.groups.length)
	};
}

/**
 * The table of the ranking: rank, area, région, value; then the reference figures.
 * @example rankingTable(ctx, data, href).rows[0].cells // ['Auvergne-Rhône-Alpes', '36,7 …', '1']
 */
export function rankingTable(
	ctx: CompareContext,
	data: RankingData,
	href: ProfileHref
): TableModel {
	const t = compareMessages[ctx.lang];
	const byDepartement = data.level === 'departement';
	const regionName = (area: AreaRef) =>
		area.region ? (ctx.names.region.get(area.region) ?? area.region) : '';
	const rows: TableRow[] = data.bars.map((bar) => ({
		key: bar.key,
		name: bar.name,
		href: href(bar),
		cells: [
			...(byDepartement ? [regionName(bar)] : []),
			bar.valueText,
			bar.rank === null ? '—' : String(bar.rank)
		]
	}));
	for (const ref of data.references) {
		rows.push({
			key: `ref-${ref.key}`,
			name: `${ref.name} (${t.reference})`,
			cells: [...(byDepartement ? [''] : []), ref.valueText, '']
		});
	}
	const columns = [t.area, ...(byDepartement ? [t.region] : []), t.value, t.rank];
	return {
		caption: data.title,
		columns,
		rows,
		numeric: byDepartement ? [1, 2] : [0, 1]
	};
}

/**
 * The table of a trend: one row per year, one column per line ("pas de données" in the gaps).
 * @example trendTable(ctx, data).rows[0].name // '1998'
 */
export function trendTable(ctx: CompareContext, data: TrendData): TableModel {
	const t = compareMessages[ctx.lang];
	return {
		caption: `${data.title} (${data.unit})`,
		columns: [t.yearAxis, ...data.series.map((s) => s.name)],
		rows: data.years.map((year, i) => ({
			key: String(year),
			name: String(year),
			cells: data.series.map((s) => s.points[i].valueText)
		})),
		numeric: range(data.series.length)
	};
}

/**
 * The table of the scatter: every area, drawn or not, with both values and population.
 * @example scatterTable(ctx, data, href).columns.length // 4
 */
export function scatterTable(
	ctx: CompareContext,
	data: ScatterData,
	href: ProfileHref
): TableModel {
	const t = compareMessages[ctx.lang];
	const population = (p: number | null) => (p === null ? t.noData : formatNumber(p, ctx.lang, 0));
	return {
		caption: `${data.title}. ${data.correlationText}.`,
		columns: [
			t.area,
			`${data.x.label} (${data.x.yearsText})`,
			`${data.y.label} (${data.y.yearsText})`,
			`${t.population} (${data.populationYear ?? '—'})`
		],
		rows: data.rows.map((row) => ({
			key: row.key,
			name: row.name,
			href: href(row),
			cells: [row.xText, row.yText, population(row.population)]
		})),
		numeric: [0, 1, 2]
	};
}

/**
 * The table of the two maps: one row per area, one column per map (empty where the area is not
 * on that map, as with the two régions).
 * @example mapsTable(ctx, data, areas, href).columns // ['Territoire', 'Auvergne-Rhône-Alpes', 'Nouvelle-Aquitaine']
 */
export function mapsTable(
	ctx: CompareContext,
	data: MapPairData,
	areas: AreaRef[],
	href: ProfileHref
): TableModel {
	const t = compareMessages[ctx.lang];
	return {
		caption: `${data.title} (${data.unit})`,
		columns: [t.area, ...data.panels.map((p) => p.title)],
		rows: areas.map((area) => ({
			key: area.key,
			name: area.name,
			href: href(area),
			cells: data.panels.map((p) =>
				p.codes.includes(area.code) ? (p.values.get(area.code)?.valueText ?? t.noData) : ''
			)
		})),
		numeric: range(data.panels.length)
	};
}
