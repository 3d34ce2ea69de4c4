import type { Lang } from '../data/types';
import { compareMessages } from '../i18n/compareMessages';
import { formatNumber } from '../scales/format';
import type { BarDatum, RankingData, RegionBarsData } from './compareData';
import { AXIS_FONT_SIZE, horizontalLinearAxis } from './axisTicks';
import { referenceMarks, type ReferenceMark } from './referenceLayout';

export { brokenLine, type ReferenceMark } from './referenceLayout';
import {
	chartFrame,
	fitText,
	round,
	textWidth,
	valueExtent,
	type Axis,
	type Frame
} from './layout';

export const FONT_SIZE = 12;

/** A bar in plot coordinates (inside the margins). */
export interface BarMark {
	key: string;
	x: number;
	y: number;
	width: number;
	height: number;
	fill: string;
	fillOpacity: number | undefined;
	ariaLabel: string;
}

/** A text in plot coordinates. */
export interface TextMark {
	key: string;
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'middle' | 'end';
	fill?: string;
}

/** The scale context of a horizontal bar chart: frame, value axis, bars and texts. */
export interface BarChartLayout {
	frame: Frame;
	x: Axis;
	zero: number;
	bars: BarMark[];
	values: TextMark[];
	rows: TextMark[];
	references: ReferenceMark[];
	/** Type sizes of the row names, of the value and reference labels and of the value axis's
	 * tick labels (all larger when stretched). */
	fontSize: number;
	valueFontSize: number;
	axisFontSize: number;
}

const SUB = 18;
const GAP = 12;
const VALUE_FONT_SIZE = 11;
/** Height of a reference label's row above the plot. */
const REFERENCE_LINE = 15;
/** Room under the plot for the value axis's tick labels and title. */
const BOTTOM = 44;
/** Share of a stretched row the bars take; the rest is the space between rows. */
const STRETCHED_BARS = 0.75;
/** Bars grow up to this factor (wider rows spread apart), labels up to the next. */
const MAX_BAR_GROWTH = 3;
const MAX_FONT_GROWTH = 1.5;

interface Row {
	key: string;
	name: string;
	bars: { datum: BarDatum; opacity: number | undefined; suffix: string }[];
}

function horizontalBars(
	rows: Row[],
	width: number,
	lang: Lang,
	decimals: number,
	references: { key: string; name: string; value: number; color: string }[],
	height?: number
): BarChartLayout {
	const t = compareMessages[lang];
	// Value labels read as a column of figures: the same decimals in each.
	const number = (v: number) => formatNumber(v, lang, decimals, decimals);
	const perRow = Math.max(1, ...rows.map((r) => r.bars.length));
	const natural = perRow * SUB + (perRow > 1 ? GAP : 2);
	// Given a height (an export's slide or page), rows share it and bars and labels grow; the
	// reference labels' rows above and the axis below grow with them, so the growth is settled
	// in two steps.
	const rowsFor = (referenceLine: number, bottom: number) => {
		const top = 8 + references.length * referenceLine;
		const stretched = height ? (height - top - bottom) / Math.max(1, rows.length) : 0;
		const rowHeight = Math.max(natural, stretched);
		const sub = Math.min(
			MAX_BAR_GROWTH * SUB,
			Math.max(SUB, (rowHeight * STRETCHED_BARS) / perRow)
		);
		const growth = Math.min(MAX_FONT_GROWTH, sub / SUB);
		return { referenceLine, bottom, top, rowHeight, sub, growth };
	};
	const first = rowsFor(REFERENCE_LINE, BOTTOM).growth;
	const { referenceLine, bottom, top, rowHeight, sub, growth } = rowsFor(
		Math.ceil(REFERENCE_LINE * first),
		Math.ceil(BOTTOM * first)
	);
	const fontSize = round(FONT_SIZE * growth);
	const valueFontSize = round(VALUE_FONT_SIZE * growth);
	const axisFontSize = round(AXIS_FONT_SIZE * growth);
	const nameWidth = Math.max(0, ...rows.map((r) => textWidth(r.name, fontSize)));
	const left = Math.min(nameWidth + 10, Math.round(width * 0.4));
	const labels = rows.flatMap((r) =>
		r.bars.map((b) => (b.datum.value === null ? t.noData : number(b.datum.value) + b.suffix))
	);
	const right = Math.min(
		Math.max(24, ...labels.map((l) => textWidth(l, valueFontSize + 1))) + 8,
		round(120 * growth)
	);
	const frame = chartFrame(width, top + rows.length * rowHeight + bottom, {
		top,
		right,
		bottom,
		left
	});
	const values = rows.flatMap((r) => r.bars.map((b) => b.datum.value));
	const domain = valueExtent([...values, ...references.map((r) => r.value)], { zero: true });
	const x = horizontalLinearAxis(domain, [0, frame.innerWidth], lang, 5, axisFontSize);
	const zero = x.scale(0);
	const bars: BarMark[] = [];
	const texts: TextMark[] = [];
	rows.forEach((row, i) => {
		row.bars.forEach((b, j) => {
			const { datum } = b;
			const y = round(i * rowHeight + j * sub + (rowHeight - perRow * sub) / 2);
			const key = `${datum.key}|${j}`;
			const textY = round(y + sub / 2 + valueFontSize * 0.36);
			if (datum.value === null) {
				texts.push({
					key,
					x: zero + 4,
					y: textY,
					text: t.noData,
					anchor: 'start',
					fill: '#595959'
				});
				return;
			}
			const end = x.scale(datum.value);
			bars.push({
				key: datum.key,
				x: Math.min(zero, end),
				y,
				width: round(Math.abs(end - zero)),
				height: round(sub - 3 * growth),
				fill: datum.color,
				fillOpacity: b.opacity,
				ariaLabel: t.markLabel(datum.name, datum.valueText, datum.yearsText)
			});
			const after = datum.value >= 0 ? end + 4 : zero + 4;
			texts.push({
				key,
				x: round(after),
				y: textY,
				text: number(datum.value) + b.suffix,
				anchor: 'start'
			});
		});
	});
	const names = rows.map((row, i) => ({
		key: row.key,
		x: -8,
		y: round(i * rowHeight + rowHeight / 2 + fontSize * 0.33),
		text: fitText(row.name, left - 10, fontSize),
		anchor: 'end' as const
	}));
	const refs = referenceMarks(references, texts, frame, x, (v) => `${t.colon}${number(v)}`, {
		value: valueFontSize,
		reference: valueFontSize,
		line: referenceLine
	});
	return {
		frame,
		x,
		zero,
		bars,
		values: texts,
		rows: names,
		references: refs,
		fontSize,
		valueFontSize,
		axisFontSize
	};
}

/**
 * The scale context of the régions chart: one row per région (and France), one bar per year in
 * each row (the earlier year lighter), values labelled at the bar ends. Without a height the
 * rows keep their own; with one (an export's slide or page) they share it, bars and labels grown.
 * @example regionBarsLayout(data, 640, 'fr').bars[0] // { key: 'r84', x: 0, y: 1, width: 412.3, … }
 */
export function regionBarsLayout(
	data: RegionBarsData,
	width: number,
	lang: Lang,
	height?: number
): BarChartLayout {
	const first = data.groups[0]?.bars ?? [];
	const two = data.groups.length > 1;
	const rows: Row[] = first.map((bar, i) => ({
		key: bar.key,
		name: bar.name,
		bars: data.groups.map((g, j) => ({
			datum: g.bars[i],
			opacity: two && j === 0 ? 0.55 : undefined,
			suffix: two ? ` (${g.key})` : ''
		}))
	}));
	return horizontalBars(rows, width, lang, data.decimals, [], height);
}

/**
 * The scale context of the ranking: one bar per area, in the data's order (highest first), and a
 * vertical line for each reference (région, France) with its label above the plot. Given a
 * height (an export's layout), the rows share it as the régions' bars do.
 * @example rankingLayout(data, 375, 'fr').references.map((r) => r.key) // ['r84', 'r75', 'FR']
 */
export function rankingLayout(
	data: RankingData,
	width: number,
	lang: Lang,
	height?: number
): BarChartLayout {
	const rows: Row[] = data.bars.map((bar) => ({
		key: bar.key,
		name: bar.name,
		bars: [{ datum: bar, opacity: undefined, suffix: '' }]
	}));
	return horizontalBars(rows, width, lang, data.decimals, data.references, height);
}
