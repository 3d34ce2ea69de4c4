import type { Bounds } from './mapShapes';
import type { Zoom } from '../state/explorerParams';

/**
 * The zoom that centres `bounds` in a width × height frame and fills `fill` of it (at most
 * ×12); null when that is no zoom at all (the area already fills the frame).
 * @example fitZoom([[0, 0], [50, 50]], 100, 100, 0.5) // { k: 1, … } → null
 */
export function fitZoom(bounds: Bounds, width: number, height: number, fill = 0.9): Zoom | null {
	const [[x0, y0], [x1, y1]] = bounds;
	const k = Math.min(12, fill / Math.max((x1 - x0) / width, (y1 - y0) / height));
	if (!(k > 1.01)) return null;
	return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
}
