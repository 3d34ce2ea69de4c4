import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';

export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

export interface AttachedZoom {
	/** Moves to a transform (from the URL or a button); reports through onZoom, not onEnd. */
	apply(t: ZoomTransform): void;
	scaleBy(factor: number): void;
}

/**
 * d3-zoom on an SVG: pinch, drag, double-click and Ctrl (or ⌘) + wheel; the plain wheel keeps
 * scrolling the page. Loaded on first interaction so that it does not weigh on the first load.
 */
export function attachZoom(
	svg: SVGSVGElement,
	size: { width: number; height: number },
	onZoom: (t: ZoomTransform) => void,
	onEnd: (t: ZoomTransform) => void
): AttachedZoom {
	const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
		.scaleExtent([1, 12])
		.translateExtent([
			[0, 0],
			[size.width, size.height]
		])
		.filter((event: Event) =>
			event.type === 'wheel'
				? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
				: !(event as MouseEvent).button
		)
		.on('zoom', (event) =>
			onZoom({ k: event.transform.k, x: event.transform.x, y: event.transform.y })
		)
		.on('end', (event) => {
			if (event.sourceEvent)
				onEnd({ k: event.transform.k, x: event.transform.x, y: event.transform.y });
		});
	const selection = select(svg).call(behavior);
	return {
		apply: (t) => selection.call(behavior.transform, zoomIdentity.translate(t.x, t.y).scale(t.k)),
		scaleBy: (factor) => selection.call(behavior.scaleBy, factor)
	};
}
