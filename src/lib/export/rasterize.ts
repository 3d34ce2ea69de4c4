/** The PNG sizes offered: a pixel ratio, or a fixed frame the figure is fitted into. */
export type PngPreset = '1x' | '2x' | '4x' | 'slide' | 'print';

export interface Frame {
	width: number;
	height: number;
}

export type PresetRule = { scale: number } | { frame: Frame };

/**
 * 1×, 2×, 4×: the figure at that pixel ratio. Slide and print: the whole figure scaled to fit
 * (scale = min(frameW / w, frameH / h)), centred on a white canvas of exactly the frame size:
 * 1920 × 1080 for a 16:9 slide, 3508 × 2480 for A4 landscape at 300 dpi.
 */
export const PNG_PRESETS: Record<PngPreset, PresetRule> = {
	'1x': { scale: 1 },
	'2x': { scale: 2 },
	'4x': { scale: 4 },
	slide: { frame: { width: 1920, height: 1080 } },
	print: { frame: { width: 3508, height: 2480 } }
};

export const PNG_PRESET_ORDER: PngPreset[] = ['1x', '2x', '4x', 'slide', 'print'];

/**
 * The rasterize options of a preset for a figure of `width` × `height`.
 * @example presetRaster('slide', 960, 720) // { scale: 1.5, frame: { width: 1920, height: 1080 } }
 */
export function presetRaster(
	preset: PngPreset,
	width: number,
	height: number
): { scale: number; frame?: Frame } {
	const rule = PNG_PRESETS[preset];
	if ('scale' in rule) return { scale: rule.scale };
	const scale = Math.min(rule.frame.width / width, rule.frame.height / height);
	return { scale, frame: { ...rule.frame } };
}

/**
 * The size in pixels of the PNG a preset produces, so a menu can show it before download.
 * @example presetPixelSize('2x', 800.4, 600) // { width: 1601, height: 1200 }
 */
export function presetPixelSize(preset: PngPreset, width: number, height: number): Frame {
	const { scale, frame } = presetRaster(preset, width, height);
	return frame ?? { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** The SVG with its intrinsic size set to the drawn size, so the browser rasterizes it sharp. */
function sized(svg: string, width: number, height: number, drawn: Frame): string {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	const root = doc.documentElement;
	if (root.localName !== 'svg') return svg;
	if (!root.hasAttribute('viewBox')) root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	root.setAttribute('width', String(drawn.width));
	root.setAttribute('height', String(drawn.height));
	return new XMLSerializer().serializeToString(doc);
}

function loadImage(url: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const image = new Image();
		image.onload = () => resolve(image);
		image.onerror = () => reject(new Error('The SVG could not be loaded as an image'));
		image.src = url;
	});
}

/**
 * Draws a standalone SVG string on a canvas and returns it as a PNG. The canvas is
 * round(width × scale) × round(height × scale), or exactly `frame` with the figure centred in
 * it; the background (white by default) is painted first. Waits for the page fonts, then loads
 * the SVG from a `data:` URL (same origin, so the canvas is not tainted).
 * @example
 * const { svg, width, height } = composeFigure(body, spec);
 * const png = await rasterize(svg, width, height, presetRaster('2x', width, height));
 */
export async function rasterize(
	svg: string,
	width: number,
	height: number,
	options: { scale: number; background?: string; frame?: Frame }
): Promise<Blob> {
	await document.fonts?.ready;
	const drawn = {
		width: Math.max(1, Math.round(width * options.scale)),
		height: Math.max(1, Math.round(height * options.scale))
	};
	const markup = encodeURIComponent(sized(svg, width, height, drawn));
	const image = await loadImage(`data:image/svg+xml;charset=utf-8,${markup}`);
	const canvas = document.createElement('canvas');
	canvas.width = options.frame?.width ?? drawn.width;
	canvas.height = options.frame?.height ?? drawn.height;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('No 2D canvas context');
	context.fillStyle = options.background ?? '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	const x = Math.round((canvas.width - drawn.width) / 2);
	const y = Math.round((canvas.height - drawn.height) / 2);
	context.drawImage(image, x, y, drawn.width, drawn.height);
	return new Promise((resolve, reject) => {
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
			'image/png'
		);
	});
}
