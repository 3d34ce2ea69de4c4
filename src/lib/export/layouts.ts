/**
 * Export layouts: where a figure goes decides its canvas, type sizes and legend place. Every
 * size is in design pixels (CSS px); `ratio` turns them into the PNG's pixels. Nothing here
 * depends on the screen the figure is exported from.
 */

export type PngPreset = '1x' | '2x' | '4x' | 'slide' | 'print' | 'square';
export type LayoutId = 'screen' | 'slide' | 'a4-landscape' | 'a4-portrait' | 'square';

/** Type sizes and spacing of a layout, in design px. */
export interface LayoutType {
	title: number;
	subtitle: number;
	/** The legend is drawn at this multiple of its base size (13 px title, 12 px items). */
	legend: number;
	footer: number;
	margin: number;
	gap: number;
}

export interface FigureLayout {
	id: LayoutId;
	width: number;
	/** null: the height follows the content (screen copies). */
	height: number | null;
	/** Output pixels per design pixel. */
	ratio: number;
	legend: 'right' | 'below';
	/** Width of a legend on the right, in design px. */
	legendWidth: number;
	/** The chart is drawn at its box divided by `zoom`, then scaled up: labels `zoom` × larger. */
	zoom: number;
	/** Sources and credit under the figure, or in the legend's margin (a slide's right column). */
	sources: 'bottom' | 'side';
	/** Whether the subtitle is drawn (a square leaves it to the post's text; it stays in <desc>). */
	subtitle: boolean;
	type: LayoutType;
}

const SCREEN_TYPE: LayoutType = {
	title: 20,
	subtitle: 14,
	legend: 1,
	footer: 11,
	margin: 24,
	gap: 24
};

/** A web page or a report: 960 px wide, as tall as the content, legend on the right. */
export const SCREEN: FigureLayout = {
	id: 'screen',
	width: 960,
	height: null,
	ratio: 1,
	legend: 'right',
	legendWidth: 220,
	zoom: 1,
	sources: 'bottom',
	subtitle: true,
	type: SCREEN_TYPE
};

/**
 * An embedded figure as wide as its frame, drawn at 1:1 so that its text stays readable on a
 * phone: from 320 to 960 px, the legend under the figure below 640 px.
 * @example embedLayout(375).legend // 'below'
 */
export function embedLayout(frameWidth: number): FigureLayout {
	const width = Math.round(Math.min(SCREEN.width, Math.max(320, frameWidth)));
	if (width >= 640) return { ...SCREEN, width };
	return {
		...SCREEN,
		width,
		legend: 'below',
		type: { ...SCREEN_TYPE, title: 17, margin: 12, gap: 16 }
	};
}

/** 16:9 slide, 1920 × 1080 px: drawn at 1280 × 720, text sized to be read from the back. */
export const SLIDE: FigureLayout = {
	id: 'slide',
	width: 1280,
	height: 720,
	ratio: 1.5,
	legend: 'right',
	legendWidth: 300,
	zoom: 1.4,
	sources: 'side',
	subtitle: true,
	type: { title: 32, subtitle: 19, legend: 1.2, footer: 13, margin: 36, gap: 28 }
};

/** 300 dpi over 96 px per inch: A4 (210 × 297 mm) is 2480 × 3508 px. */
const DPI_RATIO = 300 / 96;
const PRINT_TYPE: LayoutType = {
	title: 22,
	subtitle: 14,
	legend: 1,
	footer: 10,
	margin: 48,
	gap: 24
};

export const A4_LANDSCAPE: FigureLayout = {
	id: 'a4-landscape',
	width: 3508 / DPI_RATIO,
	height: 2480 / DPI_RATIO,
	ratio: DPI_RATIO,
	legend: 'right',
	legendWidth: 230,
	zoom: 1,
	sources: 'bottom',
	subtitle: true,
	type: PRINT_TYPE
};

export const A4_PORTRAIT: FigureLayout = {
	...A4_LANDSCAPE,
	id: 'a4-portrait',
	width: 2480 / DPI_RATIO,
	height: 3508 / DPI_RATIO,
	legend: 'below'
};

/** Social networks' square, 1080 × 1080 px: drawn at 810 × 810, legend under the chart. */
export const SQUARE: FigureLayout = {
	id: 'square',
	width: 810,
	height: 810,
	ratio: 4 / 3,
	legend: 'below',
	legendWidth: 0,
	zoom: 1.3,
	sources: 'bottom',
	subtitle: false,
	type: { title: 26, subtitle: 16, legend: 1.2, footer: 12, margin: 28, gap: 16 }
};

export const PNG_PRESET_ORDER: PngPreset[] = ['1x', '2x', '4x', 'slide', 'print', 'square'];

/**
 * The layouts a preset may use, best fit first: A4 tries landscape and portrait and keeps the
 * one where the chart is larger (composeForPreset).
 * @example layoutsOf('2x') // [{ ...SCREEN, ratio: 2 }]
 */
export function layoutsOf(preset: PngPreset): FigureLayout[] {
	switch (preset) {
		case '1x':
			return [SCREEN];
		case '2x':
			return [{ ...SCREEN, ratio: 2 }];
		case '4x':
			return [{ ...SCREEN, ratio: 4 }];
		case 'slide':
			return [SLIDE];
		case 'print':
			return [A4_LANDSCAPE, A4_PORTRAIT];
		case 'square':
			return [SQUARE];
	}
}

/**
 * The PNG's size in pixels for a figure composed at `width` × `height` design px.
 * @example pixelSize(SLIDE, 1280, 720) // { width: 1920, height: 1080 }
 */
export function pixelSize(
	layout: Pick<FigureLayout, 'ratio'>,
	width: number,
	height: number
): { width: number; height: number } {
	return {
		width: Math.max(1, Math.round(width * layout.ratio)),
		height: Math.max(1, Math.round(height * layout.ratio))
	};
}

/** File name suffix of each preset (none for 1×). */
export const PRESET_SUFFIX: Record<PngPreset, string | undefined> = {
	'1x': undefined,
	'2x': '2x',
	'4x': '4x',
	slide: '1920x1080',
	print: 'a4-300dpi',
	square: '1080x1080'
};
