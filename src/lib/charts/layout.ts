import { tickStep } from 'd3-array';
import { scaleBand, scaleLinear, scaleLog } from 'd3-scale';
import type { Lang } from '../data/types';
import { formatNumber } from '../scales/format';

/** Space around the plotting area, in SVG units. */
export interface Margins {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The size of a chart and of its plotting area: the first half of every scale context. */
export interface Frame {
	width: number;
	height: number;
	margins: Margins;
	innerWidth: number;
	innerHeight: number;
}

/** A tick of an axis: its value, where it is drawn and its label in the reader's format. */
export interface Tick {
	value: number;
	position: number;
	label: string;
}

/** A numeric axis: the domain, the pixel range, the scale (value → pixel) and its ticks. */
export interface Axis {
	domain: [number, number];
	range: [number, number];
	scale: (value: number) => number;
	ticks: Tick[];
	log: boolean;
}

/**
 * Rounds for stable SVG output: one decimal by default.
 * @example round(12.345) // 12.3
 */
export function round(value: number, digits = 1): number {
	const factor = 10 ** digits;
	const rounded = Math.round(value * factor) / factor;
	return rounded === 0 ? 0 : rounded; // no -0
}

/**
 * The frame of a chart: its size, margins and plotting area (never narrower than 1 unit).
 * @example chartFrame(640, 400, { top: 10, right: 20, bottom: 40, left: 60 }).innerWidth // 560
 */
export function chartFrame(width: number, height: number, margins: Margins): Frame {
	return {
		width,
		height,
		margins,
		innerWidth: Math.max(1, width - margins.left - margins.right),
		innerHeight: Math.max(1, height - margins.top - margins.bottom)
	};
}

/**
 * The extent of the values present (null is no data). With `zero`, 0 is included, as bars need.
 * No value gives [0, 1]; a single value is padded so that the axis is not empty.
 * @example valueExtent([3, null, -2], { zero: true }) // [-2, 3]
 * @example valueExtent([5], { zero: false }) // [4.5, 5.5]
 */
export function valueExtent(
	values: readonly (number | null)[],
	options: { zero: boolean }
): [number, number] {
	const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
	if (present.length === 0) return [0, 1];
	if (options.zero) present.push(0);
	const min = Math.min(...present);
	const max = Math.max(...present);
	if (min !== max) return [min, max];
	const pad = Math.abs(min) * 0.1 || 1;
	return [min - pad, max + pad];
}

/**
 * Enough decimals to write ticks `step` apart, at most 3.
 * @example tickDecimals(0.25) // 2
 */
export function tickDecimals(step: number): number {
	if (!(step > 0)) return 0;
	for (let d = 0; d < 3; d++) {
		const scaled = step * 10 ** d;
		if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return d;
	}
	return 3;
}

/**
 * A linear axis with a "nice" domain and about `count` ticks labelled in French or English.
 * @example linearAxis([0, 97], [300, 0], 'fr').ticks.map((t) => t.label) // ['0', '20', '40', '60', '80', '100']
 */
export function linearAxis(
	domain: [number, number],
	range: [number, number],
	lang: Lang,
	count = 5
): Axis {
	const scale = scaleLinear().domain(domain).range(range).nice(count);
	const [d0, d1] = scale.domain() as [number, number];
	const decimals = tickDecimals(tickStep(d0, d1, count));
	const ticks = scale.ticks(count).map((value) => ({
		value,
		position: round(scale(value)),
		label: formatNumber(value, lang, decimals)
	}));
	return { domain: [d0, d1], range, scale: (v) => round(scale(v)), ticks, log: false };
}

const mantissa = (v: number) => Math.round(v / 10 ** Math.floor(Math.log10(v)));

/**
 * A base-10 log axis over positive values: ticks at 1, 2 and 5 × 10ⁿ, or powers of ten only
 * when those are too many. The domain must be positive (values ≤ 0 are left out before).
 * @example logAxis([3, 40], [0, 300], 'fr').ticks.map((t) => t.label) // ['1', '2', '5', '10', '20', '50', '100']
 */
export function logAxis(domain: [number, number], range: [number, number], lang: Lang): Axis {
	const [lo, hi] = domain[0] > 0 && domain[1] > 0 ? domain : [1, 10];
	const scale = scaleLog()
		.domain(lo === hi ? [lo / 2, hi * 2] : [lo, hi])
		.range(range)
		.nice();
	const all = scale.ticks();
	let kept = all.filter((v) => [1, 2, 5].includes(mantissa(v)));
	if (kept.length > 8) kept = all.filter((v) => mantissa(v) === 1);
	const ticks = kept.map((value) => ({
		value,
		position: round(scale(value)),
		label: formatNumber(value, lang, tickDecimals(value))
	}));
	const [d0, d1] = scale.domain() as [number, number];
	return { domain: [d0, d1], range, scale: (v) => round(scale(v)), ticks, log: true };
}

/** One band of a band layout (a bar, or a group of bars). */
export interface Band {
	key: string;
	start: number;
	size: number;
}

/**
 * Equal bands along a range, with padding between them (a share of the step).
 * @example bands(['a', 'b'], [0, 100], 0.2) // [{ key: 'a', start: 5, size: 40 }, { key: 'b', start: 55, size: 40 }]
 */
export function bands(keys: readonly string[], range: [number, number], padding: number): Band[] {
	const scale = scaleBand<string>()
		.domain(keys)
		.range(range)
		.paddingInner(padding)
		.paddingOuter(padding / 2);
	return keys.map((key) => ({
		key,
		start: round(scale(key) ?? 0),
		size: round(scale.bandwidth())
	}));
}

/**
 * The approximate width of a text in a sans-serif font (0.55 em per character): enough to
 * size margins and decide whether a label fits, without measuring the DOM.
 * @example textWidth('Rhône', 12) // 33
 */
export function textWidth(text: string, fontSize: number): number {
	return Math.ceil([...text].length * fontSize * 0.55);
}

/**
 * A label cut to fit a width, ending with '…' when cut.
 * @example fitText('Pyrénées-Atlantiques', 70, 12) // 'Pyrénées-…'
 */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
	if (textWidth(text, fontSize) <= maxWidth) return text;
	const chars = [...text];
	const keep = Math.max(1, Math.floor(maxWidth / (fontSize * 0.55)) - 1);
	return `${chars.slice(0, keep).join('')}…`;
}
