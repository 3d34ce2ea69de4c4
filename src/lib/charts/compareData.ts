import { availableMeasures, measureUnit, type MeasureId } from '../data/measures';
import { nearestYear, yearsOf } from '../data/model';
import type { Indicator } from '../data/types';
import { compareMessages } from '../i18n/compareMessages';
import type { ResolvedCompare } from '../state/resolveCompare';
import { areaRef, focusDepartements, regionCodes, type CompareContext } from './areas';
import { decimalsOf, measureLabel, valueText } from './chartText';
import { isIntensive, measureAreas, type BarDatum } from './measureAreas';
import { hasTerritory, TERRITORY_CODE } from '../territory/territoryArea';

export { isIntensive, measureAreas, type BarDatum };
export interface BarGroup {
	key: string;
	label: string;
	bars: BarDatum[];
}

export interface RegionBarsData {
	title: string;
	indicator: Indicator;
	measure: MeasureId;
	unit: string;
	/** Decimals of the values shown. */
	decimals: number;
	groups: BarGroup[];
	notes: string[];
}

export interface ReferenceLine {
	key: string;
	name: string;
	value: number;
	valueText: string;
	color: string;
}

export interface RankingData {
	title: string;
	indicator: Indicator;
	measure: MeasureId;
	level: 'departement' | 'region';
	unit: string;
	decimals: number;
	yearsText: string;
	/** Sorted by decreasing value; areas without data last, by name. */
	bars: BarDatum[];
	references: ReferenceLine[];
	notes: string[];
}

const listNames = (names: string[], and: string) =>
	names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;

/**
 * The bars of the régions chart: AURA, NA, the régions added and France, for the chosen
 * measure, in one group per year (the chosen year, and the second year when there is one).
 * A measure that does not apply to régions (a share of the région) becomes the share of France,
 * or the value, with a note.
 * @example regionBarsData(ctx, view).groups[0].bars.map((b) => b.key) // ['r84', 'r75', 'FR']
 */
export function regionBarsData(ctx: CompareContext, view: ResolvedCompare): RegionBarsData {
	const t = compareMessages[ctx.lang];
	const { indicator } = view;
	const notes: string[] = [];
	const measures = availableMeasures(ctx.model, indicator, 'region');
	let measure = view.measure;
	if (!measures.includes(measure)) {
		measure =
			measure === 'shareRegion' && measures.includes('shareFrance') ? 'shareFrance' : 'value';
		if (measures.length > 0) notes.push(t.regionMeasureChanged(t.measureNames[measure]));
	}
	const years = yearsOf(ctx.model, indicator.id, 'region');
	const year = years.includes(view.year) ? view.year : nearestYear(years, view.year);
	const unit = measureUnit(indicator, { measure, baseYear: view.year2 })[ctx.lang];
	const label = measureLabel(indicator, measure, ctx.lang);
	const names = [...view.regions.map((c) => areaRef(ctx, 'region', c).name)];
	if (view.france) names.push('France');
	if (year === undefined) {
		notes.push(t.noRegionData);
		return {
			title: t.regionsTitle(label, listNames(names, t.and), t.noData),
			indicator,
			measure,
			unit,
			decimals: 0,
			groups: [],
			notes
		};
	}
	const groupYears =
		measure !== 'change' && view.year2 !== undefined && years.includes(view.year2)
			? [Math.min(view.year2, year), Math.max(view.year2, year)]
			: [year];
	const baseYear = measure === 'change' ? view.year2 : undefined;
	const all = groupYears.map((y) => {
		const request = { indicator, measure, year: y, baseYear };
		const bars = measureAreas(ctx, request, 'region', view.regions);
		if (view.france) bars.push(...measureAreas(ctx, request, 'pays', ['FR']));
		return { key: String(y), label: bars[0]?.yearsText ?? String(y), bars };
	});
	const decimals = decimalsOf(all.flatMap((g) => g.bars.map((b) => b.value)));
	for (const group of all) {
		for (const bar of group.bars) bar.valueText = valueText(bar.value, unit, ctx.lang, decimals);
	}
	const yearsText = all.map((g) => g.label).join(t.vs);
	return {
		title: t.regionsTitle(label, listNames(names, t.and), yearsText),
		indicator,
		measure,
		unit,
		decimals,
		groups: all,
		notes
	};
}

/**
 * The ranking: every département of the two régions (or the 13 régions for an indicator that
 * exists only by région) sorted by value, with the figure of each région and of France for the
 * same measure as reference lines, where such a figure reads on the same axis.
 * @example rankingData(ctx, view).bars[0].name // 'Haute-Loire', the highest
 */
export function rankingData(ctx: CompareContext, view: ResolvedCompare): RankingData {
	const t = compareMessages[ctx.lang];
	const { indicator, measure, level, year } = view;
	const request = { indicator, measure, year, baseYear: view.year2 };
	const codes = level === 'departement' ? focusDepartements(ctx) : regionCodes(ctx);
	const bars = measureAreas(ctx, request, level, codes).sort((a, b) => {
		if (a.rank !== null && b.rank !== null) return a.rank - b.rank;
		if (a.rank !== null || b.rank !== null) return a.rank === null ? 1 : -1;
		return a.name.localeCompare(b.name, 'fr');
	});
	const decimals = decimalsOf(bars.map((b) => b.value));
	const references: ReferenceLine[] = [];
	if (isIntensive(indicator, measure)) {
		// The territory (AURA + NA) is a reference too where the model knows it.
		const parentRegions = hasTerritory(ctx.model) ? ['84', '75', TERRITORY_CODE] : ['84', '75'];
		const parents =
			level === 'departement' ? measureAreas(ctx, request, 'region', parentRegions, decimals) : [];
		parents.push(...measureAreas(ctx, request, 'pays', ['FR'], decimals));
		for (const p of parents) {
			if (p.value !== null)
				references.push({
					key: p.key,
					name: p.name,
					value: p.value,
					valueText: p.valueText,
					color: p.color
				});
		}
	}
	const yearsText = bars[0]?.yearsText ?? String(year);
	const label = measureLabel(indicator, measure, ctx.lang);
	const where = level === 'departement' ? t.byDepartement : t.byRegion;
	const notes =
		references.length === 0 && !isIntensive(indicator, measure) ? [t.noReferenceForCounts] : [];
	return {
		title: t.rankingTitle(label, where, yearsText),
		indicator,
		measure,
		level,
		unit: measureUnit(indicator, request)[ctx.lang],
		decimals,
		yearsText,
		bars,
		references,
		notes
	};
}
