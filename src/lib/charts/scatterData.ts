import { measureUnit, type MeasureId } from '../data/measures';
import { getObservation, yearsOf } from '../data/model';
import type { Indicator, Observation } from '../data/types';
import { compareMessages } from '../i18n/compareMessages';
import type { MapLevel } from '../state/explorerParams';
import { focusDepartements, regionCodes, type AreaRef, type CompareContext } from './areas';
import { measureLabel } from './chartText';
import { measureAreas } from './measureAreas';
import { describeCorrelation, pearson, type Correlation } from './correlation';

export interface ScatterAxisInfo {
	indicator: Indicator;
	measure: MeasureId;
	label: string;
	unit: string;
	yearsText: string;
}

export interface ScatterRow extends AreaRef {
	color: string;
	x: number | null;
	y: number | null;
	xText: string;
	yText: string;
	population: number | null;
	populationInput: Observation | undefined;
	/** The observations behind x and y. */
	inputs: Observation[];
}

/** A point drawn: both values present (and positive on a log scale). */
export type ScatterPoint = ScatterRow & { x: number; y: number };

export interface ScatterData {
	title: string;
	level: MapLevel;
	log: boolean;
	x: ScatterAxisInfo;
	y: ScatterAxisInfo;
	/** Every area, drawn or not, for the table. */
	rows: ScatterRow[];
	points: ScatterPoint[];
	/** Areas left out: a value missing, or ≤ 0 on a log scale. */
	excluded: { noData: string[]; notPositive: string[] };
	correlation: Correlation;
	correlationText: string;
	populationYear: number | undefined;
	notes: string[];
}

/**
 * Two measures against each other, one point per département (or région), with population for
 * the point's area. On a log scale, values ≤ 0 cannot be drawn: those areas are left out and
 * named. Pearson's r is computed on what is drawn (on the logarithms with a log scale).
 * @example scatterData(ctx, { x, y, level: 'departement', log: false }).correlationText
 * // 'Corrélation forte et positive (r = 0,61, 24 départements)'
 */
export function scatterData(
	ctx: CompareContext,
	request: {
		x: { indicator: Indicator; measure: MeasureId };
		y: { indicator: Indicator; measure: MeasureId };
		level: MapLevel;
		log: boolean;
	}
): ScatterData {
	const t = compareMessages[ctx.lang];
	const { level, log } = request;
	const codes = level === 'departement' ? focusDepartements(ctx) : regionCodes(ctx);
	const axis = (pair: typeof request.x) => {
		const year = yearsOf(ctx.model, pair.indicator.id, level).at(-1) ?? 0;
		const areas = measureAreas(ctx, { ...pair, year }, level, codes);
		const info: ScatterAxisInfo = {
			...pair,
			label: measureLabel(pair.indicator, pair.measure, ctx.lang),
			unit: measureUnit(pair.indicator, pair)[ctx.lang],
			yearsText: areas[0]?.yearsText ?? String(year)
		};
		return { info, areas };
	};
	const xs = axis(request.x);
	const ys = axis(request.y);
	const populationYear = yearsOf(ctx.model, 'population', level).at(-1);
	const rows = xs.areas.map((a, i): ScatterRow => {
		const b = ys.areas[i];
		const populationInput =
			populationYear === undefined
				? undefined
				: getObservation(ctx.model, 'population', level, a.code, populationYear);
		return {
			...{ key: a.key, level: a.level, code: a.code, name: a.name, region: a.region },
			color: a.color,
			x: a.value,
			y: b.value,
			xText: a.valueText,
			yText: b.valueText,
			population: populationInput?.value ?? null,
			populationInput,
			inputs: [...a.inputs, ...b.inputs]
		};
	});
	const excluded = { noData: [] as string[], notPositive: [] as string[] };
	const points: ScatterPoint[] = [];
	for (const row of rows) {
		if (row.x === null || row.y === null) excluded.noData.push(row.name);
		else if (log && (row.x <= 0 || row.y <= 0)) excluded.notPositive.push(row.name);
		else points.push(row as ScatterPoint);
	}
	const plotted = (v: number) => (log ? Math.log10(v) : v);
	const correlation = pearson(points.map((p) => [plotted(p.x), plotted(p.y)] as const));
	const count = (n: number) => t.areasCount(n, level);
	const notes: string[] = [];
	if (excluded.noData.length) notes.push(t.excludedNoData(excluded.noData.join(', ')));
	if (excluded.notPositive.length) notes.push(t.excludedLog(excluded.notPositive.join(', ')));
	const where = level === 'departement' ? t.byDepartement : t.byRegion;
	return {
		title: t.scatterTitle(
			`${ys.info.label}, ${ys.info.yearsText}`,
			`${xs.info.label}, ${xs.info.yearsText}`,
			where
		),
		level,
		log,
		x: xs.info,
		y: ys.info,
		rows,
		points,
		excluded,
		correlation,
		correlationText:
			describeCorrelation(correlation, ctx.lang, count) +
			(log && correlation.r !== null ? t.onLogs : ''),
		populationYear,
		notes
	};
}
