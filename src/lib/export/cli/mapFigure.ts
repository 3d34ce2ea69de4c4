import type { AtlasModel } from '../../data/model';
import { noticesOf } from '../../explorer/explorerTexts';
import { explorerViewOf } from '../../explorer/explorerViewOf';
import { mapExportRows, mapFigureSpec, mapFileParts } from '../../explorer/mapExport';
import type { ExplorerParams } from '../../state/explorerParams';
import type { ChartDraw } from '../chartDraws';
import type { FigureSpec } from '../figureSpec';
import type { FileParts } from '../fileName';
import { mapDraw } from '../mapDraw';
import type { ExportRow } from '../toCsv';

/** A figure ready to compose for any layout, with its data and file name. */
export interface RenderedFigure {
	/** What the figure shows differently from what was asked (e.g. the latest year instead). */
	notes?: string[];
	draw: ChartDraw;
	spec: FigureSpec;
	fileParts: FileParts;
	rows: ExportRow[];
}

/** The explorer's map as the browser exports it: the same component, view, legend and sources. */
export function mapFigureOf(
	model: AtlasModel,
	patch: Partial<ExplorerParams>,
	date: string
): RenderedFigure {
	const { params, resolved, shapes, view } = explorerViewOf(model, patch);
	const lang = params.lang;
	return {
		draw: mapDraw({
			shapes,
			areas: view.areas,
			symbols: view.symbols,
			title: view.title,
			selected: params.selected,
			zoom: params.zoom
		}),
		spec: mapFigureSpec(model, view, lang, date),
		notes: noticesOf([], resolved.adjustments, resolved, lang),
		rows: mapExportRows(view, resolved, lang),
		fileParts: mapFileParts(view, resolved, params.scope, lang)
	};
}
