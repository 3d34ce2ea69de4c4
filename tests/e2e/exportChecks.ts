import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import { expect, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Opens the Export menu inside `scope`, clicks the item named `item`, returns the download. */
export async function exportFrom(page: Page, scope: Locator, item: string | RegExp) {
	await scope.getByRole('button', { name: /^(Exporter|Export)$/ }).click();
	const menuItem = scope.getByRole('menuitem', { name: item });
	await menuItem.waitFor();
	const sizeText = (await menuItem.locator('.size').allTextContents())[0] ?? null;
	const [download] = await Promise.all([page.waitForEvent('download'), menuItem.click()]);
	const path = await download.path();
	return { fileName: download.suggestedFilename(), bytes: await readFile(path), sizeText };
}

/**
 * The longest straight horizontal and vertical runs of one colour (within 24 per channel, for
 * anti-aliased edges), as shares of the canvas: an axis line's length, where text never makes
 * long runs even when its anti-aliased edges happen to take the colour.
 */
export function colourRuns(bytes: Buffer, hex: string) {
	const png = decodePng(bytes);
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	const near = (x: number, y: number) => {
		const i = (y * png.width + x) * 4;
		const d = png.data;
		return Math.max(Math.abs(d[i] - r), Math.abs(d[i + 1] - g), Math.abs(d[i + 2] - b)) <= 24;
	};
	let [across, down] = [0, 0];
	for (let y = 0; y < png.height; y += 1)
		for (let x = 0, run = 0; x < png.width; x += 1) {
			run = near(x, y) ? run + 1 : 0;
			across = Math.max(across, run);
		}
	for (let x = 0; x < png.width; x += 1)
		for (let y = 0, run = 0; y < png.height; y += 1) {
			run = near(x, y) ? run + 1 : 0;
			down = Math.max(down, run);
		}
	return { width: across / png.width, height: down / png.height };
}

/** The pixel size a menu item announces, e.g. '1 600 × 1 234 px' → [1600, 1234]. */
export function announcedSize(text: string | null): [number, number] {
	const [w, h] = (text ?? '')
		.replace(/[\s\u202f\u00a0,]/g, '')
		.replace('px', '')
		.split('×');
	return [Number(w), Number(h)];
}

export const decodePng = (bytes: Buffer) => PNG.sync.read(bytes);

/** Bounding box of the pixels of one colour, as shares of the canvas. */
export function colourBox(bytes: Buffer, hex: string) {
	const png = decodePng(bytes);
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let [x0, y0, x1, y1] = [png.width, png.height, -1, -1];
	for (let y = 0; y < png.height; y += 1)
		for (let x = 0; x < png.width; x += 1) {
			const i = (y * png.width + x) * 4;
			if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) {
				[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
			}
		}
	return { width: (x1 - x0 + 1) / png.width, height: (y1 - y0 + 1) / png.height };
}

/** Hex colours present in a decoded PNG (exact RGB matches), and the count of distinct colours. */
export function colorsIn(png: PNG): { has: (hex: string) => boolean; distinct: number } {
	const seen = new Set<number>();
	for (let i = 0; i < png.data.length; i += 4) {
		seen.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
	}
	return { has: (hex) => seen.has(parseInt(hex.slice(1), 16)), distinct: seen.size };
}

/** Problems that would stop an SVG from opening cleanly elsewhere; [] when there are none. */
export function svgProblems(svg: string): string[] {
	const problems: string[] = [];
	if (
		!/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg.replace(/^<\?xml[^>]*>\s*/, ''))
	)
		problems.push('no xmlns on the root');
	for (const attr of ['width', 'height', 'viewBox'])
		if (!new RegExp(`<svg[^>]* ${attr}="`).test(svg)) problems.push(`no ${attr}`);
	if (!/<title>[^<]+<\/title>/.test(svg)) problems.push('no title');
	if (!/<desc>[^<]*<\/desc>/.test(svg)) problems.push('no desc');
	if (/\bclass="/.test(svg)) problems.push('class attribute');
	if (/var\(--/.test(svg)) problems.push('CSS variable');
	if (/@import/.test(svg)) problems.push('@import');
	if (/<filter/.test(svg)) problems.push('filter');
	for (const m of svg.matchAll(/(?:href|xlink:href)="([^"]*)"/g))
		if (!m[1].startsWith('#')) problems.push(`external href ${m[1]}`);
	for (const m of svg.matchAll(/url\(([^)]*)\)/g))
		if (!m[1].replace(/['"]/g, '').startsWith('#')) problems.push(`external url ${m[1]}`);
	return problems;
}

/** Renders an SVG with resvg (no browser) to a PNG of the given width. */
export function renderWithResvg(svg: string, width: number): PNG {
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		background: 'white',
		font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }
	})
		.render()
		.asPng();
	return decodePng(png);
}

/** Share of pixels that differ between two same-size PNGs (pixelmatch, anti-aliasing ignored). */
export function differingShare(a: PNG, b: PNG): number {
	if (a.width !== b.width || a.height !== b.height) return 1;
	const diff = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.2 });
	return diff / (a.width * a.height);
}

export const parseCsvText = (text: string, delimiter: string) =>
	Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), {
		header: true,
		delimiter,
		skipEmptyLines: true
	}).data;

/**
 * Renders an exported SVG with resvg (no browser) at the width of the browser's own PNG export
 * and checks both images agree: text is drawn by two engines, shapes and colours must match.
 */
export function expectResvgMatchesBrowser(svg: string, browserPng: PNG) {
	const resvgPng = renderWithResvg(svg, browserPng.width);
	expect(resvgPng.height).toBe(browserPng.height);
	expect(differingShare(resvgPng, browserPng)).toBeLessThan(0.03);
}
