import { fitText, round, textWidth, type Frame } from './layout';
import type { PointMark } from './scatterLayout';

const LINE = 15;
const PAD = 6;

/** The box next to the hovered or focused point: its area's name and both values. */
export interface Callout {
	key: string;
	x: number;
	y: number;
	width: number;
	height: number;
	lines: { text: string; y: number; weight: number }[];
}

/**
 * A callout beside a point (right, else left; above its centre), kept inside the chart: the
 * area's name, then each value first and its measure after, so that a cut only shortens the
 * measure's name.
 * @example pointCallout(point, frame, 'Rhône', ['24,1 … — Établissements…', '3,2 % — Part…']).lines[0].text // 'Rhône'
 */
export function pointCallout(
	point: Pick<PointMark, 'key' | 'cx' | 'cy' | 'r'>,
	frame: Frame,
	name: string,
	values: readonly string[]
): Callout {
	const left = -frame.margins.left + 2;
	const right = frame.innerWidth + frame.margins.right - 2;
	const texts = [name, ...values];
	const width = Math.min(right - left, Math.max(...texts.map((t) => textWidth(t, 12))) + 2 * PAD);
	const height = texts.length * LINE + PAD;
	let x = point.cx + point.r + 6;
	if (x + width > right) x = point.cx - point.r - 6 - width;
	x = Math.max(left, Math.min(x, right - width));
	const top = -frame.margins.top + 2;
	const y = Math.max(top, Math.min(point.cy - height - 4, frame.innerHeight - height));
	return {
		key: point.key,
		x: round(x),
		y: round(y < top ? top : y),
		width,
		height,
		lines: texts.map((text, i) => ({
			text: fitText(text, width - 2 * PAD, 12),
			y: (i + 1) * LINE,
			weight: i === 0 ? 700 : 400
		}))
	};
}
