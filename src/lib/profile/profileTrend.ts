import type { AreaRef, CompareContext } from '../charts/areas';
import { chartFigureSpec, today } from '../charts/exportSpecs';
import { trendData, type TrendData } from '../charts/trendData';
import type { Indicator } from '../data/types';
import type { ChartDraw } from '../export/chartDraws';
import type { FigureSpec } from '../export/figureSpec';
import { trendDraw } from '../export/trendDraw';
import { compareMessages } from '../i18n/compareMessages';

/** A profile's trend of one indicator for its area, titled as its card shows it. */
export type ProfileTrend = TrendData & { title: string };

/**
 * The name of a profile card's figure in the URL (its title and note) and on the embed page.
 * @example profileFigureId('jobs_industry') // 'profile-jobs_industry'
 */
export const profileFigureId = (indicatorId: string) => `profile-${indicatorId}`;

/**
 * The trend of an indicator for the area of a profile, in values, or null when the area has a
 * figure for fewer than two years (no line to draw).
 * @example profileTrend(ctx, areaRef(ctx, 'departement', '69'), indicator)?.title // 'Demandeurs d'emploi (catégories A, B, C), Rhône, 2015–2024'
 */
export function profileTrend(
	ctx: CompareContext,
	area: AreaRef,
	indicator: Indicator
): ProfileTrend | null {
	const data = trendData(ctx, { indicator, mode: 'absolute', baseYear: null, areas: [area] });
	const years = data.series.flatMap((s) => s.inputs).filter((o) => o.value !== null);
	if (years.length < 2) return null;
	const t = compareMessages[ctx.lang];
	const span = t.yearSpan(data.years[0], data.years[data.years.length - 1]);
	return { ...data, title: t.trendOf(indicator.label[ctx.lang], area.name, span) };
}

/**
 * A profile's trend as an export draws it for each layout (never at the card's on-screen
 * size), with its sources; the embed page draws the same.
 */
export function profileTrendFigure(
	ctx: CompareContext,
	trend: ProfileTrend,
	date = today(ctx.lang)
): { spec: () => FigureSpec; draw: ChartDraw } {
	const legend = { kind: 'none' } as const;
	return {
		draw: trendDraw(trend, legend, ctx.lang),
		spec: () =>
			chartFigureSpec({
				model: ctx.model,
				title: trend.title,
				legend,
				observations: trend.series.flatMap((s) => s.inputs),
				lang: ctx.lang,
				date
			})
	};
}
