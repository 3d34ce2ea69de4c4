import type { Lang } from '../data/types';
import { exportMessages } from '../i18n/exportMessages';
import { composeBest, type ComposedFigure } from './composeFigure';
import { copyImage, downloadBlob, downloadText } from './download';
import type { DrawBody, FigureBody, FigureSpec } from './figureSpec';
import { withFigureText, type FigureText } from './figureText';
import { exportFileName, type FileParts } from './fileName';
import { layoutsOf, pixelSize, PRESET_SUFFIX, type PngPreset } from './layouts';
import { rasterize } from './rasterize';
import { renderOffscreen, type RenderComponent } from './renderOffscreen';
import { serializeSvg } from './serializeSvg';
import { metadataCsv, toCsv, type CsvDialect, type CsvShape, type ExportRow } from './toCsv';

/** Turns a drawn SVG into a figure body; handed to the caller so it loads with the export code. */
export type SerializeSvg = (svg: SVGSVGElement) => FigureBody;
export type { RenderComponent } from './renderOffscreen';

/** A figure drawn anew for each layout, with the component the page draws it with. */
export interface FigureSource {
	spec: () => FigureSpec;
	/** Draws the body for a size, with the renderer given (it loads with the export code). */
	draw: (render: RenderComponent) => DrawBody;
}

/**
 * What the caller of ExportMenu provides: its figure (drawn for each layout with `figure`, or,
 * for older callers, serialized from the screen with `getFigure`) and its data.
 */
export interface ExportSource {
	lang: Lang;
	figure?: () => FigureSource | null;
	getFigure?: (serialize: SerializeSvg) => { body: FigureBody; spec: FigureSpec } | null;
	rows: () => ExportRow[];
	fileParts: FileParts;
	/** The reader's title and note. */
	text?: FigureText;
}

export type ExportAction =
	| { kind: 'png'; preset: PngPreset }
	| { kind: 'svg' }
	| { kind: 'csv'; dialect: CsvDialect; shape: CsvShape }
	| { kind: 'metadata' }
	| { kind: 'copy' };

export { PNG_PRESET_ORDER } from './layouts';

/**
 * The menu label of a PNG preset.
 * @example presetLabel('slide', exportMessages.en) // 'Slide 16:9'
 */
export function presetLabel(preset: PngPreset, t: (typeof exportMessages)['fr']): string {
	const labels: Record<PngPreset, string> = {
		'1x': t.png1x,
		'2x': t.png2x,
		'4x': t.png4x,
		slide: t.slide,
		print: t.print,
		square: t.square
	};
	return labels[preset];
}

/** The body and spec of the caller's figure, or null when there is nothing to draw yet. */
function figureOf(source: ExportSource) {
	const figure = source.figure?.();
	if (figure) return { body: figure.draw(renderOffscreen), spec: figure.spec() };
	return source.getFigure?.(serializeSvg) ?? null;
}

/**
 * The caller's figure composed for a preset's layout, or null when there is none yet.
 * @example composeSource(source, 'slide')?.width // 1280 (a 1920 × 1080 PNG)
 */
export function composeSource(source: ExportSource, preset: PngPreset): ComposedFigure | null {
	const figure = figureOf(source);
	if (!figure) return null;
	return composeBest(figure.body, withFigureText(figure.spec, source.text), layoutsOf(preset));
}

/**
 * The pixel size of each preset's PNG, so the menu shows it before download.
 * @example presetSizes(source).slide // { width: 1920, height: 1080 }
 */
export function presetSizes(
	source: ExportSource
): Partial<Record<PngPreset, { width: number; height: number }>> {
	const screen = composeSource(source, '1x');
	if (!screen) return {};
	const print = composeSource(source, 'print');
	const sizes: Partial<Record<PngPreset, { width: number; height: number }>> = {
		slide: { width: 1920, height: 1080 },
		square: { width: 1080, height: 1080 }
	};
	for (const ratio of [1, 2, 4] as const)
		sizes[`${ratio}x`] = pixelSize({ ratio }, screen.width, screen.height);
	if (print) sizes.print = pixelSize(print.layout, print.width, print.height);
	return sizes;
}

function downloadCsv(action: Extract<ExportAction, { kind: 'csv' }>, source: ExportSource) {
	const suffix = [
		action.shape === 'wide' ? 'large' : '',
		action.dialect === 'excel-fr' ? 'excel-fr' : ''
	]
		.filter(Boolean)
		.join('-');
	const name = exportFileName(source.fileParts, 'csv', { suffix: suffix || undefined });
	const text = toCsv(source.rows(), action.dialect, source.lang, action.shape);
	downloadText(text, name, 'text/csv;charset=utf-8');
	return name;
}

function downloadMetadata(source: ExportSource) {
	const figure = figureOf(source);
	if (!figure) return null;
	const spec = withFigureText(figure.spec, source.text);
	const name = exportFileName(source.fileParts, 'csv', { suffix: 'metadonnees' });
	const meta = { ...spec, url: location.href };
	downloadText(metadataCsv(meta, 'excel-fr', source.lang), name, 'text/csv;charset=utf-8');
	return name;
}

/**
 * Runs one export and says what happened, in the reader's language. The clipboard write starts
 * before any await so it still counts as part of the click.
 * @example status = await runExport({ kind: 'png', preset: 'slide' }, source);
 */
export async function runExport(action: ExportAction, source: ExportSource): Promise<string> {
	const t = exportMessages[source.lang];
	if (action.kind === 'csv') return t.downloaded(downloadCsv(action, source));
	if (action.kind === 'metadata') {
		const name = downloadMetadata(source);
		return name ? t.downloaded(name) : t.nothingToExport;
	}
	const preset = action.kind === 'png' ? action.preset : action.kind === 'copy' ? '2x' : '1x';
	const figure = composeSource(source, preset);
	if (!figure) return t.nothingToExport;
	const { svg, width, height, layout } = figure;
	const pixels = pixelSize(layout, width, height);
	if (action.kind === 'copy') {
		const copied = await copyImage(rasterize(svg, width, height, pixels));
		return copied ? t.copied : t.copyFailed;
	}
	if (action.kind === 'svg') {
		const name = exportFileName(source.fileParts, 'svg');
		downloadText(
			`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`,
			name,
			'image/svg+xml;charset=utf-8'
		);
		return t.downloaded(name);
	}
	const name = exportFileName(source.fileParts, 'png', { suffix: PRESET_SUFFIX[action.preset] });
	downloadBlob(await rasterize(svg, width, height, pixels), name);
	return t.downloaded(name);
}
