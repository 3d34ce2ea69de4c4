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

/** The pixel size a menu item announces, e.g. '1 600 × 1 234 px' → [1600, 1234]. */
export function announcedSize(text: string | null): [number, number] {
	const [w, h] = (text ?? '')
		.replace(/[\s\u202f\u00a0,]/g, '')
		.replace('px', '')
		.split('×');
	return [Number(w), Number(h)];
}

export const decodePng = (bytes: Buffer) => PNG.sync.read(bytes);

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
