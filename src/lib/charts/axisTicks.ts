import { tickStep, ticks as niceTicks } from 'd3-array';
import type { Lang } from '../data/types';
import { formatNumber } from '../scales/format';
import { linearAxis, textWidth, tickDecimals, type Axis, type Tick } from './layout';

/** The font size of tick labels (AxisX, AxisY), in SVG units. */
export const AXIS_FONT_SIZE = 11;
/** The least blank between two neighbouring tick labels of a horizontal axis. */
const LABEL_GAP = 6;

/**
 * Whether the labels of a horizontal axis (centred on their ticks) stand apart, judged on
 * their estimated widths.
 * @example labelsApart([{ value: 0, position: 0, label: '0' }, { value: 1, position: 40, label: '1' }]) // true
 */
export function labelsApart(ticks: readonly Tick[], fontSize = AXIS_FONT_SIZE): boolean {
	return ticks.every((tick, i) => {
		if (i === 0) return true;
		const before = ticks[i - 1];
		const room = (textWidth(before.label, fontSize) + textWidth(tick.label, fontSize)) / 2;
		return Math.abs(tick.position - before.position) >= room + LABEL_GAP;
	});
}

/** About `count` round ticks over the axis's domain, labelled in the reader's format. */
function ticksOver(axis: Axis, lang: Lang, count: number): Tick[] {
	const [d0, d1] = axis.domain;
	const decimals = tickDecimals(tickStep(d0, d1, count));
	return niceTicks(d0, d1, count).map((value) => ({
		value,
		position: axis.scale(value),
		label: formatNumber(value, lang, decimals)
	}));
}

/**
 * A horizontal linear axis with at most about `maxCount` ticks and as many as their labels
 * leave room for: fewer ticks when the plot is narrow or the numbers long. The domain stays
 * the one niced for `maxCount`, so that the marks keep the whole width.
 * @example horizontalLinearAxis([0, 68e6], [0, 260], 'fr', 5).ticks.map((t) => t.value) // [0, 50_000_000]
 */
export function horizontalLinearAxis(
	domain: [number, number],
	range: [number, number],
	lang: Lang,
	maxCount: number,
	fontSize = AXIS_FONT_SIZE
): Axis {
	const axis = linearAxis(domain, range, lang, maxCount);
	let ticks = axis.ticks;
	for (let count = maxCount - 1; count >= 1 && !labelsApart(ticks, fontSize); count--) {
		ticks = ticksOver(axis, lang, count);
	}
	return { ...axis, ticks };
}

/**
 * A horizontal axis keeping one tick in every 2, 3, … (from the first) until their labels stand
 * apart: for log axes, whose ticks (1, 2, 5 × 10ⁿ) are not chosen by a count.
 * @example thinTicks(logAxis([1, 1e6], [0, 120], 'fr')).ticks.map((t) => t.label) // ['1', '1 000', '1 000 000']
 */
export function thinTicks(axis: Axis, fontSize = AXIS_FONT_SIZE): Axis {
	let ticks = axis.ticks;
	for (let stride = 2; stride <= axis.ticks.length && !labelsApart(ticks, fontSize); stride++) {
		ticks = axis.ticks.filter((_, i) => i % stride === 0);
	}
	return { ...axis, ticks };
}
