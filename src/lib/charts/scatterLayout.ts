import type { Lang } from '../data/types';
import { compareMessages } from '../i18n/compareMessages';
import { formatNumber } from '../scales/format';
import type { TextMark } from './barLayout';
import { horizontalLinearAxis, thinTicks } from './axisTicks';
import { inkOf } from './colors';
import {
	chartFrame,
	fitText,
	linearAxis,
	logAxis,
	round,
	textWidth,
	valueExtent,
	type Axis,
	type Frame
} from './layout';
import { pointCallout, type Callout } from './scatterCallout';
import type { ScatterData } from './scatterData';

const FONT_SIZE = 12;

/** A point of the scatter: its area is proportional to the population. */
export interface PointMark {
	key: string;
	cx: number;
	cy: number;
	r: number;
	fill: string;
	ariaLabel: string;
}

/** The scale context of a scatter plot. */
export interface ScatterLayout {
	frame: Frame;
	x: Axis;
	y: Axis;
	/** Largest first, so that small points stay on top and can be reached. */
	points: PointMark[];
	labels: TextMark[];
	/** Name and both values of the hovered (or focused) point. */
	callout: Callout | null;
	xTitle: string;
	yTitle: string;
}

/** The extent of values, widened by 5 % on each side (linear) so that points are not cut. */
function padded(values: number[], log: boolean): [number, number] {
	const [lo, hi] = valueExtent(values, { zero: false });
	if (log) return [lo, hi];
	const pad = (hi - lo) * 0.05;
	return [lo - pad, hi + pad];
}

/**
 * The scale context of the scatter: linear or log axes (log: only the points drawn, all > 0),
 * point radii by the square root of population (so the area is proportional), names next to the
 * `labelled` points (selected, hovered).
 * @example scatterLayout(data, 640, 'fr', ['74']).labels[0].text // 'Haute-Savoie'
 */
export function scatterLayout(
	data: ScatterData,
	width: number,
	lang: Lang,
	labelled: readonly string[] = [],
	hovered: string | null = null
): ScatterLayout {
	const t = compareMessages[lang];
	const height = Math.round(Math.min(440, Math.max(300, width * 0.68)));
	const xs = data.points.map((p) => p.x);
	const ys = data.points.map((p) => p.y);
	const count = width < 500 ? 4 : 6;
	const axisOf = (values: number[], range: [number, number]) =>
		data.log
			? logAxis(padded(values, true), range, lang)
			: linearAxis(padded(values, false), range, lang, count);
	const probe = axisOf(ys, [height, 0]);
	const left = Math.max(10, ...probe.ticks.map((tick) => textWidth(tick.label, FONT_SIZE))) + 12;
	const frame = chartFrame(width, height, { top: 28, right: 16, bottom: 48, left });
	const x = data.log
		? thinTicks(axisOf(xs, [0, frame.innerWidth]))
		: horizontalLinearAxis(padded(xs, false), [0, frame.innerWidth], lang, count);
	const y = axisOf(ys, [frame.innerHeight, 0]);
	const maxPopulation = Math.max(0, ...data.points.map((p) => p.population ?? 0));
	const maxRadius = width < 500 ? 10 : 14;
	const radius = (population: number | null) =>
		population === null || maxPopulation === 0
			? 3
			: round(Math.max(2, maxRadius * Math.sqrt(population / maxPopulation)));
	const points = data.points
		.map((p): PointMark => {
			const population =
				p.population === null
					? t.noData
					: t.populationText(formatNumber(p.population, lang, 0), data.populationYear);
			const xText = `${data.x.indicator.label[lang]}${t.colon}${p.xText}, ${data.x.yearsText}`;
			const yText = `${data.y.indicator.label[lang]}${t.colon}${p.yText}, ${data.y.yearsText}`;
			return {
				key: p.key,
				cx: x.scale(p.x),
				cy: y.scale(p.y),
				r: radius(p.population),
				fill: p.color,
				ariaLabel: t.pointLabel(p.name, xText, yText, population)
			};
		})
		.sort((a, b) => b.r - a.r || a.key.localeCompare(b.key));
	const hoveredPoint = points.find((p) => p.key === hovered);
	const hoveredRow = data.points.find((d) => d.key === hovered);
	const callout =
		hoveredPoint && hoveredRow
			? pointCallout(hoveredPoint, frame, hoveredRow.name, [
					{ label: data.x.label, value: hoveredRow.xText },
					{ label: data.y.label, value: hoveredRow.yText }
				])
			: null;
	const labels = points
		.filter((p) => labelled.includes(p.key) && p.key !== hovered)
		.map((p): TextMark => {
			const name = data.points.find((d) => d.key === p.key)?.name ?? p.key;
			const onLeft = p.cx > frame.innerWidth * 0.7;
			const room = onLeft ? p.cx - p.r - 4 : frame.innerWidth - p.cx - p.r - 4;
			return {
				key: p.key,
				x: round(onLeft ? p.cx - p.r - 3 : p.cx + p.r + 3),
				y: round(p.cy + 4),
				text: fitText(name, Math.max(room, 40), FONT_SIZE),
				anchor: onLeft ? 'end' : 'start',
				fill: inkOf(p.fill)
			};
		});
	const title = (axis: ScatterData['x']) =>
		fitText(`${axis.indicator.label[lang]} — ${axis.unit}`, frame.innerWidth + left - 8, FONT_SIZE);
	return { frame, x, y, points, labels, callout, xTitle: title(data.x), yTitle: title(data.y) };
}
