import type { DrawBody, DrawnBody, FigureBody, LegendSpec } from './figureSpec';
import type { FigureLayout } from './layouts';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface FittedBody {
	body: FigureBody;
	/** The legend the drawing asks for instead of the spec's (e.g. none for labelled lines). */
	legend?: LegendSpec;
	/** Design px per body unit. */
	scale: number;
	shown: { width: number; height: number };
}

/** Height a chart gets for a width when the layout's height follows the content. */
const SCREEN_ASPECT = 0.6;

function scaleIntoBox(drawn: DrawnBody, box: Box, autoHeight: boolean): FittedBody {
	const { body } = drawn;
	const w = Math.max(1, body.width);
	const h = Math.max(1, body.height);
	const scale = autoHeight ? box.width / w : Math.min(box.width / w, box.height / h);
	return { ...drawn, scale, shown: { width: w * scale, height: h * scale } };
}

const area = (f: FittedBody) => f.shown.width * f.shown.height;

/**
 * Draws the body for a box and scales it in: a chart is drawn at the box's size divided by
 * the layout's zoom (so its labels come out `zoom` times their base size). A chart that takes
 * its own height (a ranking's rows) and comes out too tall is drawn again wider, so that once
 * scaled to the box's height it fills the width too. A body already drawn (the live SVG) is
 * only scaled.
 * @example fitBody(body, { x: 0, y: 0, width: 900, height: 500 }, SLIDE).shown // fits 900 × 500
 */
export function fitBody(
	source: FigureBody | DrawBody,
	box: Box,
	layout: Pick<FigureLayout, 'zoom' | 'height'>
): FittedBody {
	const autoHeight = layout.height === null;
	if (typeof source !== 'function') return scaleIntoBox({ body: source }, box, autoHeight);
	const k = layout.zoom;
	const size = (s: number) => ({
		width: Math.round(box.width / s),
		height: Math.round(autoHeight ? (box.width / s) * SCREEN_ASPECT : box.height / s),
		heightFree: autoHeight
	});
	const first = scaleIntoBox(source(size(k)), box, autoHeight);
	if (autoHeight) return first;
	// Too tall for its box (a ranking's rows): drawn again wider, at the scale the height allows.
	if (first.shown.width >= 0.97 * box.width || first.scale >= k) return first;
	const again = scaleIntoBox(source(size(first.scale)), box, autoHeight);
	return area(again) > area(first) * 1.01 ? again : first;
}
