import ExplorerMap from '../map/ExplorerMap.svelte';
import type { AreaView } from '../map/explorerView';
import type { MapShapes } from '../map/mapShapes';
import type { Zoom } from '../state/explorerParams';
import type { DrawBody } from './figureSpec';
import type { RenderComponent } from './renderOffscreen';

/** What the explorer's map shows, as the URL says it (no hover, no focus ring). */
export interface MapDrawInput {
	shapes: MapShapes;
	areas: AreaView[];
	symbols: boolean;
	title: string;
	selected: string | null;
	zoom: Zoom | null;
}

const ignore = () => {};

/**
 * The explorer's map drawn for an export: its own viewBox (the layout scales it), labels at
 * their base size and the zoom of the URL, whatever the size of the map on screen.
 * @example mapDraw({ shapes, areas: view.areas, symbols: false, title, selected: null, zoom: null })(renderOffscreen)
 */
export const mapDraw =
	(input: MapDrawInput) =>
	(render: RenderComponent): DrawBody =>
	({ width, height, heightFree }) => ({
		body: render(ExplorerMap, {
			...input,
			// Labels keep 11 px at the size the layout shows the map (it keeps its own aspect).
			shownWidth: heightFree
				? width
				: Math.min(width, (height * input.shapes.width) / input.shapes.height),
			description: input.title,
			describe: (area: AreaView) => area.name,
			highlightClass: null,
			onhover: ignore,
			onselect: ignore,
			onzoom: ignore,
			still: true
		})
	});
