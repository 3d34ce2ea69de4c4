import type { Lang, Localized } from '../data/types';
import { fitText, round, textWidth, type Axis, type Frame } from './layout';
import type { TrendData } from './trendData';
import { inkOf } from './colors';

/** One line's figure at the crosshair's year. */
export interface CrosshairRow {
	key: string;
	name: string;
	color: string;
	value: number | null;
	valueText: string;
	/** Where the line passes at that year, in plot coordinates; null in a gap. */
	y: number | null;
}

/** The crosshair: a year, where it is drawn, and every line's figure (highest first, gaps last). */
export interface Crosshair {
	year: number;
	x: number;
	rows: CrosshairRow[];
}

/**
 * Every line's figure at `year`, highest first, the lines without a figure that year last.
 * @example crosshairAt(data, x, y, 2009).rows.map((r) => r.valueText) // ['512 300 salariés', …]
 */
export function crosshairAt(data: TrendData, x: Axis, y: Axis, year: number): Crosshair {
	const rows = data.series.map((s): CrosshairRow => {
		const point = s.points.find((p) => p.year === year);
		const value = point?.value ?? null;
		return {
			key: s.key,
			name: s.name,
			color: s.color,
			value,
			valueText: point?.valueText ?? '',
			y: value === null ? null : y.scale(value)
		};
	});
	rows.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
	return { year, x: x.scale(year), rows };
}

/**
 * The year nearest to a horizontal position in the plot.
 * @example yearAtX([2015, 2016, 2017], x, 130) // 2016
 */
export function yearAtX(years: readonly number[], x: Axis, px: number): number | null {
	let best: number | null = null;
	for (const year of years) {
		if (best === null || Math.abs(x.scale(year) - px) < Math.abs(x.scale(best) - px)) best = year;
	}
	return best;
}

/**
 * The line nearest to a vertical position at the crosshair's year: the one under the pointer.
 * @example lineAtY(crosshair, 42) // 'r84'
 */
export function lineAtY(crosshair: Crosshair, py: number): string | null {
	let best: CrosshairRow | null = null;
	for (const row of crosshair.rows) {
		if (row.y === null) continue;
		if (best === null || Math.abs(row.y - py) < Math.abs((best.y as number) - py)) best = row;
	}
	return best?.key ?? null;
}

/**
 * The year a key press moves the crosshair to: Left and Right by one year, Home and End to the ends.
 * @example stepYear([2015, 2016, 2017], 2016, 'ArrowRight') // 2017
 */
export function stepYear(years: readonly number[], year: number, key: string): number {
	const i = years.indexOf(year);
	if (key === 'Home') return years[0] ?? year;
	if (key === 'End') return years.at(-1) ?? year;
	if (key === 'ArrowLeft') return years[Math.max(0, i - 1)] ?? year;
	if (key === 'ArrowRight') return years[Math.min(years.length - 1, i + 1)] ?? year;
	return year;
}

/**
 * The line above (Up) or below (Down) another at the crosshair's year, by value; null at an end.
 * @example lineNextTo(crosshair, 'r75', 'ArrowUp') // 'r84'
 */
export function lineNextTo(crosshair: Crosshair, from: string, key: string): string | null {
	const keys = crosshair.rows.filter((r) => r.value !== null).map((r) => r.key);
	const i = keys.indexOf(from);
	if (i < 0) return keys[0] ?? null;
	return keys[i + (key === 'ArrowUp' ? -1 : 1)] ?? null;
}

const LINE = 15;
const PAD = 6;

/** The crosshair's box of values, placed beside the line where it fits inside the chart. */
export interface CrosshairBox {
	x: number;
	y: number;
	width: number;
	height: number;
	lines: { key: string; text: string; y: number; fill: string; weight: number }[];
}

/**
 * The box that writes the crosshair's year and every line's value, beside the crosshair (right,
 * else left), kept inside the chart's width, with the line under the pointer in bold.
 * @example crosshairBox(crosshair, frame, '74', 'fr', ' : ').lines[0].text // '2009'
 */
export function crosshairBox(
	crosshair: Crosshair,
	frame: Frame,
	strong: string | null,
	colon: string,
	noData: string
): CrosshairBox {
	const texts = crosshair.rows.map(
		(r) => `${r.name}${colon}${r.value === null ? noData : r.valueText}`
	);
	const left = -frame.margins.left + 2;
	const right = frame.innerWidth + frame.margins.right - 2;
	const width = Math.min(
		right - left,
		Math.max(textWidth(String(crosshair.year), 12), ...texts.map((t) => textWidth(t, 12))) + 2 * PAD
	);
	const height = (texts.length + 1) * LINE + PAD;
	let x = crosshair.x + 8;
	if (x + width > right) x = crosshair.x - 8 - width;
	x = Math.max(left, Math.min(x, right - width));
	const y = Math.max(-frame.margins.top + 2, Math.min(4, frame.innerHeight - height));
	const lines = [
		{ key: 'year', text: String(crosshair.year), y: LINE, fill: '#1a1a1a', weight: 700 },
		...crosshair.rows.map((r, i) => ({
			key: r.key,
			text: fitText(texts[i], width - 2 * PAD, 12),
			y: (i + 2) * LINE,
			fill: inkOf(r.color),
			weight: r.key === strong ? 700 : 400
		}))
	];
	return { x: round(x), y: round(y), width, height, lines };
}

/** A notable break in the series (a crisis), from `annotations.json`. */
export interface Annotation {
	id: string;
	from: number;
	to: number;
	label: Localized;
}

/** An annotation on a trend: a band (or a line for a single year) and its label at the top. */
export interface AnnotationMark {
	id: string;
	x1: number;
	x2: number;
	label: string;
	labelX: number;
	anchor: 'start' | 'end';
	/** The full wording, for the chart's description. */
	text: string;
}

/**
 * The annotations whose years the chart covers, as bands with a label fitted to the room left
 * beside them (the label left out when too narrow to read; the band stays).
 * @example annotationMarks(annotations, [1998, 2025], x, 600, 'fr')[0].label // 'Crise financière et récession 2008-2009'
 */
export function annotationMarks(
	annotations: readonly Annotation[],
	span: [number, number],
	x: Axis,
	innerWidth: number,
	lang: Lang
): AnnotationMark[] {
	const size = 10;
	// Measured a little wide (11 for 10) so that an estimate never lets two labels touch.
	const measure = (text: string) => textWidth(text, 11);
	const shown = annotations.filter(
		(a) => a.from >= span[0] && a.to <= span[1] && span[0] < span[1]
	);
	let taken = 0;
	const marks: AnnotationMark[] = [];
	shown.forEach((a, i) => {
		const x1 = x.scale(a.from);
		const x2 = x.scale(a.to);
		const nextStart = shown[i + 1] ? x.scale(shown[i + 1].from) - 4 : innerWidth;
		const roomRight = nextStart - x2 - 4;
		const roomLeft = x1 - 4 - taken;
		const anchor = roomRight >= Math.min(measure(a.label[lang]), 40) ? 'start' : 'end';
		const room = anchor === 'start' ? roomRight : roomLeft;
		// Too narrow to write: the band stays, its wording is in the chart's description.
		if (room < 40) {
			marks.push({ id: a.id, x1, x2, label: '', labelX: x2, anchor: 'start', text: a.label[lang] });
			return;
		}
		const label = fitText(a.label[lang], room * (10 / 11), size);
		const labelX = round(anchor === 'start' ? x2 + 4 : x1 - 4);
		taken = anchor === 'start' ? labelX + measure(label) + 6 : x2 + 4;
		marks.push({ id: a.id, x1, x2, label, labelX, anchor, text: a.label[lang] });
	});
	return marks;
}
