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

/** How much more than the layout's zoom a short chart may be enlarged to fill its box. */
const MAX_ENLARGEMENT = 1.3;
/** Height a chart gets for a width when the layout's height follows the content. */
const SCREEN_ASPECT = 0.6;

function fit(drawn: DrawnBody, box: Box, autoHeight: boolean): FittedBody {
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
 * scaled to the box's height it fills the width too; one that comes out short is drawn again
 * narrower (up to 1.3 × the zoom), so that it grows to fill the height. A body already drawn
 * (the live SVG) is only scaled.
 * @example fitBody(body, { x: 0, y: 0, width: 900, height: 500 }, SLIDE).shown // fits 900 × 500
 */
export function fitBody(
	source: FigureBody | DrawBody,
	box: Box,
	layout: Pick<FigureLayout, 'zoom' | 'height'>
): FittedBody {
	const autoHeight = layout.height === null;
	if (typeof source !== 'function') return fit({ body: source }, box, autoHeight);
	const k = layout.zoom;
	const size = (s: number) => ({
		width: Math.round(box.width / s),
		height: Math.round(autoHeight ? (box.width / s) * SCREEN_ASPECT : box.height / s),
		heightFree: autoHeight
	});
	const first = fit(source(size(k)), box, autoHeight);
	if (autoHeight) return first;
	const tooTall = first.shown.width < 0.97 * box.width;
	const tooShort = !tooTall && first.shown.height < 0.9 * box.height;
	if (!tooTall && !tooShort) return first;
	// Too tall: drawn wider, at the scale the height allows. Too short (bars whose height
	// follows their rows): drawn narrower, so that scaled to the width it grows taller.
	const target = tooTall
		? first.scale
		: Math.min(k * MAX_ENLARGEMENT, (k * box.height) / first.shown.height);
	const again = fit(source(size(target)), box, autoHeight);
	return area(again) > area(first) * 1.01 ? again : first;
}
