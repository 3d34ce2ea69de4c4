import type { TextMark } from './barLayout';
import { inkOf } from './colors';
import { fitText, round, textWidth, type Axis, type Frame } from './layout';

/** A vertical reference line, with its label on a row of its own above the plot. */
export interface ReferenceMark {
	key: string;
	x: number;
	color: string;
	dash: string;
	label: TextMark;
	/** The pieces of the line drawn: it stops short of every value label it would cross. */
	segments: { y1: number; y2: number }[];
}

/** Type sizes of the value and reference labels, and the height of a reference label's row. */
export interface ReferenceSizes {
	value: number;
	reference: number;
	line: number;
}

const SCREEN_SIZES: ReferenceSizes = { value: 11, reference: 11, line: 15 };

/**
 * A vertical line from `y1` to `y2` at `x`, broken around the boxes it would cross (with 2 units
 * of clearance), so that no text is struck through.
 * @example brokenLine(50, 0, 100, [{ x1: 40, x2: 80, y1: 20, y2: 30 }]) // [{ y1: 0, y2: 18 }, { y1: 32, y2: 100 }]
 */
export function brokenLine(
	x: number,
	y1: number,
	y2: number,
	boxes: readonly { x1: number; x2: number; y1: number; y2: number }[]
): { y1: number; y2: number }[] {
	const cuts = boxes
		.filter((b) => x >= b.x1 - 2 && x <= b.x2 + 2)
		.map((b) => [b.y1 - 2, b.y2 + 2])
		.sort((a, b) => a[0] - b[0]);
	const segments: { y1: number; y2: number }[] = [];
	let start = y1;
	for (const [top, bottom] of cuts) {
		if (top > start) segments.push({ y1: round(start), y2: round(Math.min(top, y2)) });
		start = Math.max(start, bottom);
	}
	if (start < y2) segments.push({ y1: round(start), y2: round(y2) });
	return segments;
}

/**
 * Reference lines (a région's, France's figure) over a bar chart: each labelled on its own row
 * above the plot, the label moved along its row to stay inside the chart (a phone's too), the
 * line broken around value labels and the labels of the rows below.
 * @example referenceMarks(refs, values, frame, x, (v) => ` : ${v}`)[0].label.text // 'Auvergne-Rhône-Alpes : 26,3'
 */
export function referenceMarks(
	references: readonly { key: string; name: string; value: number; color: string }[],
	texts: readonly TextMark[],
	frame: Frame,
	x: Axis,
	valueSuffix: (value: number) => string,
	sizes: ReferenceSizes = SCREEN_SIZES
): ReferenceMark[] {
	const { value: valueSize, reference: referenceSize, line } = sizes;
	const top = frame.margins.top;
	const valueBoxes = texts.map((v) => ({
		x1: v.x,
		x2: v.x + textWidth(v.text, valueSize),
		y1: v.y - valueSize,
		y2: v.y + 3
	}));
	// A reference label stays inside the chart, whatever the width: moved along its row, else cut.
	const minX = -frame.margins.left + 2;
	const maxX = frame.innerWidth + frame.margins.right - 2;
	const labelsOf = references.map((r, i) => {
		const at = x.scale(r.value);
		const text = fitText(`${r.name}${valueSuffix(r.value)}`, maxX - minX, referenceSize);
		const w = textWidth(text, referenceSize);
		const wanted = at > frame.innerWidth / 2 ? at - 3 - w : at + 3;
		const labelX = round(Math.max(minX, Math.min(wanted, maxX - w)));
		return { at, text, labelX, labelY: round(-top + 8 + (i + 1) * line - 4 * (line / 15)), w };
	});
	const labelBoxes = labelsOf.map((l) => ({
		x1: l.labelX,
		x2: l.labelX + l.w,
		y1: l.labelY - referenceSize,
		y2: l.labelY + 3
	}));
	const refs = references.map((r, i): ReferenceMark => {
		const { at, text, labelX, labelY } = labelsOf[i];
		return {
			key: r.key,
			x: at,
			color: r.color,
			dash: r.key === 'FR' ? '2 3' : '6 3',
			label: { key: r.key, x: labelX, y: labelY, text, anchor: 'start', fill: inkOf(r.color) },
			// Neither the value labels nor the other references' labels below are struck through.
			segments: brokenLine(at, labelY + 3, frame.innerHeight, [
				...valueBoxes,
				...labelBoxes.slice(i + 1)
			])
		};
	});
	return refs;
}
