/** The SVG with its intrinsic size set to the drawn size, so the browser rasterizes it sharp. */
function sized(svg: string, width: number, height: number, drawn: Size): string {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	const root = doc.documentElement;
	if (root.localName !== 'svg') return svg;
	if (!root.hasAttribute('viewBox')) root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	root.setAttribute('width', String(drawn.width));
	root.setAttribute('height', String(drawn.height));
	return new XMLSerializer().serializeToString(doc);
}

interface Size {
	width: number;
	height: number;
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
 * Draws a standalone SVG string on a canvas of `pixels` (its design size times the layout's
 * ratio) and returns it as a PNG; the background (white by default) is painted first. Waits
 * for the page fonts, then loads the SVG from a `data:` URL (same origin, so the canvas is not
 * tainted).
 * @example
 * const figure = composeFigure(draw, spec, SLIDE);
 * const png = await rasterize(figure.svg, figure.width, figure.height, { width: 1920, height: 1080 });
 */
export async function rasterize(
	svg: string,
	width: number,
	height: number,
	pixels: Size,
	background = '#ffffff'
): Promise<Blob> {
	await document.fonts?.ready;
	const markup = encodeURIComponent(sized(svg, width, height, pixels));
	const image = await loadImage(`data:image/svg+xml;charset=utf-8,${markup}`);
	const canvas = document.createElement('canvas');
	canvas.width = pixels.width;
	canvas.height = pixels.height;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('No 2D canvas context');
	context.fillStyle = background;
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.drawImage(image, 0, 0, pixels.width, pixels.height);
	return new Promise((resolve, reject) => {
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
			'image/png'
		);
	});
}
