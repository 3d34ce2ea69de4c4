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
	lines: { text: string; y: number; weight: number; fill: string }[];
}

/**
 * A callout beside a point (right, else left; above its centre), kept inside the chart: the
 * area's name, then each measure's name (grey, shortened if it must) and its value (whole).
 * @example pointCallout(point, frame, 'Rhône', [{ label: 'Établissements…', value: '24,1 …' }]).lines[0].text // 'Rhône'
 */
export function pointCallout(
	point: Pick<PointMark, 'key' | 'cx' | 'cy' | 'r'>,
	frame: Frame,
	name: string,
	values: readonly { label: string; value: string }[]
): Callout {
	const left = -frame.margins.left + 2;
	const right = frame.innerWidth + frame.margins.right - 2;
	const texts = [name, ...values.flatMap((v) => [v.label, v.value])];
	const whole = [name, ...values.map((v) => v.value)];
	const width = Math.min(
		right - left,
		Math.max(160, ...whole.map((t) => textWidth(t, 12))) + 2 * PAD
	);
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
			text: i % 2 === 1 ? fitText(text, width - 2 * PAD, 12) : text,
			y: (i + 1) * LINE,
			weight: i === 0 ? 700 : 400,
			fill: i % 2 === 1 ? '#4d4d4d' : '#1a1a1a'
		}))
	};
}
