import { line } from 'd3-shape';
import type { Lang } from '../data/types';
import { compareMessages } from '../i18n/compareMessages';
import type { TextMark } from './barLayout';
import { inkOf } from './colors';
import { placeEndLabels } from './labels';
import {
	chartFrame,
	fitText,
	linearAxis,
	round,
	textWidth,
	valueExtent,
	type Axis,
	type Frame
} from './layout';
import type { TrendData, TrendPoint, TrendSeries } from './trendData';

const FONT_SIZE = 12;
const LABEL_HEIGHT = 14;

/** A line of a trend chart, with dots where a point stands alone (between gaps) or ends it. */
export interface LineMark {
	key: string;
	d: string;
	color: string;
	strokeWidth: number;
	dash: string | null;
	dots: { x: number; y: number }[];
	ariaLabel: string;
}

/** An end label, with a leader line back to its line's end when it had to move. */
export interface EndLabel extends TextMark {
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** The scale context of a trend chart. */
export interface TrendLayout {
	frame: Frame;
	x: Axis;
	y: Axis;
	lines: LineMark[];
	labels: EndLabel[];
}

/**
 * A year axis: whole years only, written without a thousands separator, about `count` ticks.
 * @example yearAxis([2015, 2025], [0, 500], 5).ticks.map((t) => t.label) // ['2016', '2018', … '2024']
 */
export function yearAxis(years: readonly number[], range: [number, number], count: number): Axis {
	const first = years[0] ?? 0;
	const last = years.at(-1) ?? first;
	const span = Math.max(1, last - first);
	const domain: [number, number] = first === last ? [first - 1, last + 1] : [first, last];
	const scale = (v: number) =>
		round(range[0] + ((v - domain[0]) / (domain[1] - domain[0])) * (range[1] - range[0]));
	const step = [1, 2, 5, 10, 20, 50].find((s) => span / s <= Math.max(1, count)) ?? 100;
	const ticks = [];
	for (let v = Math.ceil(domain[0] / step) * step; v <= domain[1]; v += step) {
		if (Number.isInteger(v)) ticks.push({ value: v, position: scale(v), label: String(v) });
	}
	return { domain, range, scale, ticks, log: false };
}

const isolated = (points: TrendPoint[], i: number) =>
	(i === 0 || points[i - 1].value === null) &&
	(i === points.length - 1 || points[i + 1].value === null);

const lastPoint = (s: TrendSeries) => [...s.points].reverse().find((p) => p.value !== null);

/**
 * The scale context of a trend chart: years across, values (or an index) up, one path per line
 * with gaps where a year has no data (d3-shape `line().defined()`), and labels at line ends,
 * moved apart so they do not overlap and left out where they do not fit (`priority` keys —
 * the selected and hovered areas — are labelled first).
 * @example trendLayout(data, 640, 360, 'fr', ['69']).lines[0].d // 'M0,120.5L52.1,118.2…'
 */
export function trendLayout(
	data: TrendData,
	width: number,
	height: number,
	lang: Lang,
	priority: readonly string[] = []
): TrendLayout {
	const t = compareMessages[lang];
	const values = data.series.flatMap((s) => s.points.map((p) => p.value));
	const withIndex = data.mode === 'index' && data.baseYear !== null ? [...values, 100] : values;
	const labelled = data.series.filter((s) => lastPoint(s));
	const nameWidth = Math.max(0, ...labelled.map((s) => textWidth(s.name, FONT_SIZE)));
	const right = Math.min(nameWidth + 10, Math.round(width * 0.3));
	const probe = linearAxis(valueExtent(withIndex, { zero: false }), [height, 0], lang);
	const left = Math.max(...probe.ticks.map((tick) => textWidth(tick.label, FONT_SIZE)), 10) + 10;
	const frame = chartFrame(width, height, { top: 24, right, bottom: 44, left });
	const x = yearAxis(data.years, [0, frame.innerWidth], frame.innerWidth < 300 ? 3 : 6);
	const y = linearAxis(valueExtent(withIndex, { zero: false }), [frame.innerHeight, 0], lang);
	const path = line<TrendPoint>()
		.defined((p) => p.value !== null)
		.x((p) => x.scale(p.year))
		.y((p) => y.scale(p.value as number));
	const lines = data.series.map((s): LineMark => {
		const present = s.points.filter((p) => p.value !== null);
		const first = present[0];
		const last = present.at(-1);
		return {
			key: s.key,
			d: path(s.points) ?? '',
			color: s.color,
			strokeWidth: s.strokeWidth,
			dash: s.dash,
			dots: s.points
				.filter((p, i) => p.value !== null && (isolated(s.points, i) || p === last))
				.map((p) => ({ x: x.scale(p.year), y: y.scale(p.value as number) })),
			ariaLabel:
				first && last
					? t.lineLabel(s.name, first.valueText, first.year, last.valueText, last.year)
					: `${s.name}${t.colon}${t.noData}`
		};
	});
	const rank = (s: TrendSeries) =>
		priority.includes(s.key) ? 2 : s.level === 'departement' ? 0 : 1;
	const requests = labelled.map((s) => ({
		key: s.key,
		y: y.scale((lastPoint(s) as TrendPoint).value as number),
		priority: rank(s)
	}));
	const placed = placeEndLabels(requests, {
		top: -frame.margins.top + 4,
		bottom: frame.innerHeight + 8,
		height: LABEL_HEIGHT,
		maxShift: 48
	});
	const labels = placed
		.map((p, i): EndLabel | null => {
			if (!p.shown) return null;
			const s = labelled[i];
			const endX = x.scale((lastPoint(s) as TrendPoint).year);
			return {
				key: s.key,
				x: round(endX + 6),
				y: round(p.y + 4),
				text: fitText(s.name, frame.innerWidth + right - endX - 8, FONT_SIZE),
				anchor: 'start',
				fill: inkOf(s.color),
				leader: p.shifted ? { x1: endX + 1, y1: p.target, x2: endX + 5, y2: p.y } : null
			};
		})
		.filter((l): l is EndLabel => l !== null);
	return { frame, x, y, lines, labels };
}
