import type { Lang } from '../data/types';
import { exportMessages, type ExportMessages } from '../i18n/exportMessages';
import { composeFigure, type ComposedFigure } from './composeFigure';
import { copyImage, downloadBlob, downloadText } from './download';
import type { FigureBody, FigureSpec } from './figureSpec';
import { exportFileName, type FileParts } from './fileName';
import { presetRaster, rasterize, type PngPreset } from './rasterize';
import { serializeSvg } from './serializeSvg';
import { toCsv, type CsvDialect, type ExportRow } from './toCsv';

/** Turns a drawn SVG into a figure body; handed to the caller so it loads with the export code. */
export type SerializeSvg = (svg: SVGSVGElement) => FigureBody;

/**
 * What the caller of ExportMenu provides: its figure, serialized on demand with the serializer
 * it is given, and its data.
 */
export interface ExportSource {
	lang: Lang;
	getFigure: (serialize: SerializeSvg) => { body: FigureBody; spec: FigureSpec } | null;
	rows: () => ExportRow[];
	fileParts: FileParts;
}

export type ExportAction =
	| { kind: 'png'; preset: PngPreset }
	| { kind: 'svg' }
	| { kind: 'csv'; dialect: CsvDialect }
	| { kind: 'copy' };

export { PNG_PRESET_ORDER, presetPixelSize } from './rasterize';

/** File name suffix of each PNG preset (none for 1×). */
export const PRESET_SUFFIX: Record<PngPreset, string | undefined> = {
	'1x': undefined,
	'2x': '2x',
	'4x': '4x',
	slide: '1920x1080',
	print: 'a4-300dpi'
};

/**
 * The menu label of a PNG preset.
 * @example presetLabel('slide', exportMessages.en) // 'Slide (1920 × 1080)'
 */
export function presetLabel(preset: PngPreset, t: ExportMessages): string {
	const labels = { '1x': t.png1x, '2x': t.png2x, '4x': t.png4x, slide: t.slide, print: t.print };
	return labels[preset];
}

/**
 * The caller's figure composed into a standalone SVG, or null when there is none yet.
 * @example const figure = composeSource(source); if (figure) console.log(figure.width);
 */
export function composeSource(source: ExportSource): ComposedFigure | null {
	const figure = source.getFigure(serializeSvg);
	return figure ? composeFigure(figure.body, figure.spec) : null;
}

/**
 * Runs one export and says what happened, in the reader's language. The clipboard write starts
 * before any await so it still counts as part of the click.
 * @example status = await runExport({ kind: 'png', preset: '2x' }, source);
 */
export async function runExport(action: ExportAction, source: ExportSource): Promise<string> {
	const t = exportMessages[source.lang];
	if (action.kind === 'csv') {
		const name = exportFileName(source.fileParts, 'csv', {
			suffix: action.dialect === 'excel-fr' ? 'excel-fr' : undefined
		});
		downloadText(toCsv(source.rows(), action.dialect, source.lang), name, 'text/csv;charset=utf-8');
		return t.downloaded(name);
	}
	const figure = composeSource(source);
	if (!figure) return t.nothingToExport;
	const { svg, width, height } = figure;
	if (action.kind === 'copy') {
		const copied = await copyImage(
			rasterize(svg, width, height, presetRaster('2x', width, height))
		);
		return copied ? t.copied : t.copyFailed;
	}
	if (action.kind === 'svg') {
		const name = exportFileName(source.fileParts, 'svg');
		const text = `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
		downloadText(text, name, 'image/svg+xml;charset=utf-8');
		return t.downloaded(name);
	}
	const name = exportFileName(source.fileParts, 'png', { suffix: PRESET_SUFFIX[action.preset] });
	const options = presetRaster(action.preset, width, height);
	downloadBlob(await rasterize(svg, width, height, options), name);
	return t.downloaded(name);
}
