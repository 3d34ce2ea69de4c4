import { render } from 'svelte/server';
import type { AtlasModel } from '../../data/model';
import { describeArea, noticesOf } from '../../explorer/explorerTexts';
import { explorerViewOf } from '../../explorer/explorerViewOf';
import { mapExportRows, mapFigureSpec, mapFileParts } from '../../explorer/mapExport';
import ExplorerMap from '../../map/ExplorerMap.svelte';
import type { ExplorerParams } from '../../state/explorerParams';
import { composeFigure } from '../composeFigure';
import type { FileParts } from '../fileName';
import type { ExportRow } from '../toCsv';
import { svgBody } from './cleanMarkup';

export interface RenderedFigure {
	/** What the figure shows differently from what was asked (e.g. the latest year instead). */
	notes?: string[];
	svg: string;
	width: number;
	height: number;
	fileParts: FileParts;
	rows: ExportRow[];
}

/**
 * The explorer's map as the browser exports it, rendered on the server: the same component,
 * view model, legend, sources and title, composed into one standalone SVG.
 */
export function renderMapFigure(
	model: AtlasModel,
	patch: Partial<ExplorerParams>,
	date: string
): RenderedFigure {
	const { params, resolved, shapes, view } = explorerViewOf(model, patch);
	const lang = params.lang;
	const { body } = render(ExplorerMap, {
		props: {
			shapes,
			areas: view.areas,
			symbols: view.symbols,
			title: view.title,
			description: view.summary,
			describe: (area) => describeArea(area, view, lang),
			selected: null,
			highlightClass: null,
			zoom: null,
			onhover: () => {},
			onselect: () => {},
			onzoom: () => {}
		}
	});
	const figure = composeFigure(svgBody(body), mapFigureSpec(model, view, lang, date));
	return {
		...figure,
		notes: noticesOf([], resolved.adjustments, resolved, lang),
		rows: mapExportRows(view, resolved, lang),
		fileParts: mapFileParts(view, resolved, params.scope, lang)
	};
}
