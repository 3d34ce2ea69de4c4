import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { colourBox, colourRuns, decodePng, exportFrom } from './exportChecks';
import { expect, open, test } from './fixtures';
import { svgFigureProblems } from './layoutChecks';

/**
 * Slide, A4 and square exports are layouts: fixed canvases the chart fills, the same bytes
 * whether exported from a phone or a desktop page, and no text cut or on top of another.
 */

const PRESETS = [
	{ item: /^Diapositive/, size: [1920, 1080], name: 'slide' },
	{ item: /^Impression A4/, size: null, name: 'print' },
	{ item: /^Carré/, size: [1080, 1080], name: 'square' }
] as const;

const FIGURES: { name: string; path: string; scope: (page: Page) => Locator }[] = [
	{ name: 'map', path: '/', scope: (page) => page.locator('section.map-panel') },
	{ name: 'ranking', path: '/compare', scope: (page) => page.locator('section#ranking') },
	{ name: 'trend', path: '/compare', scope: (page) => page.locator('section#trend') },
	{ name: 'regions', path: '/compare', scope: (page) => page.locator('section#regions') }
];

for (const figure of FIGURES) {
	test(`the ${figure.name}'s slide, A4 and square PNGs are the same from a phone and a desktop page`, async ({
		browser
	}) => {
		test.setTimeout(90_000);
		const images: Record<string, Buffer[]> = {};
		for (const width of [375, 1440]) {
			const page = await browser.newPage({
				viewport: { width, height: width === 375 ? 812 : 900 }
			});
			await open(page, figure.path);
			for (const preset of PRESETS) {
				const { bytes } = await exportFrom(page, figure.scope(page), preset.item);
				await writeFile(
					test.info().outputPath(`${figure.name}-${preset.name}-${width}.png`),
					bytes
				);
				(images[preset.name] ??= []).push(bytes);
				const png = decodePng(bytes);
				if (preset.size) expect([png.width, png.height]).toEqual(preset.size);
				else expect([png.width, png.height].sort()).toEqual([2480, 3508]);
			}
			await page.close();
		}
		for (const preset of PRESETS) {
			const [phone, desktop] = images[preset.name];
			expect(phone.equals(desktop), `${figure.name} ${preset.name}`).toBe(true);
		}
		if (figure.name === 'map') {
			// The map's sea colour spans most of the canvas in its limiting direction.
			for (const preset of PRESETS) {
				const box = colourBox(images[preset.name][0], '#eef3f7');
				expect(Math.max(box.width, box.height), preset.name).toBeGreaterThan(0.55);
				expect(box.width * box.height, preset.name).toBeGreaterThan(0.3);
			}
		}
		if (figure.name === 'regions') {
			// The bars' band uses the height left by the title, legend and sources: the zero line
			// (#1a1a1a) runs down most of it (0.15 of a slide when bars kept their own height).
			for (const preset of PRESETS) {
				const bytes = images[preset.name][0];
				const [zero, axis] = [colourRuns(bytes, '#1a1a1a'), colourRuns(bytes, '#8a8a8a')];
				expect(zero.height, `${preset.name}: bars' band height`).toBeGreaterThan(0.4);
				expect(axis.width, `${preset.name}: value axis width`).toBeGreaterThan(0.4);
			}
		}
	});
}

for (const preset of ['slide', 'print', 'square']) {
	test(`every ${preset} figure of the headless export fills its canvas, texts inside and apart`, async ({
		page
	}) => {
		test.setTimeout(240_000);
		const out = test.info().outputPath(preset);
		await promisify(execFile)(
			'node',
			['scripts/export.mjs', '--all', '--format', 'svg', '--preset', preset, '--out', `${out}/`],
			{ timeout: 150_000 }
		);
		const files = (await readdir(out)).filter((file) => file.endsWith('.svg')).sort();
		expect(files.length).toBeGreaterThan(50);
		const defects: string[] = [];
		for (const file of files) {
			const svg = await readFile(`${out}/${file}`, 'utf8');
			const root = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
			const body = /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
			const [w, h] = [Number(root[1]), Number(root[2])];
			const [bw, bh] = [Number(body[3]), Number(body[4])];
			if (Math.max(bw / w, bh / h) < 0.6 || (bw * bh) / (w * h) < 0.3)
				defects.push(
					`${file}: the chart covers ${Math.round((100 * bw * bh) / (w * h))} % of the canvas`
				);
			defects.push(...(await svgFigureProblems(page, svg)).map((p) => `${file}: ${p}`));
		}
		expect(defects).toEqual([]);
	});
}

test('the embed page shows the figure alone, with its sources and a link back', async ({
	page
}) => {
	await open(page, '/embed?figure=ranking&ranking-title=Mon+classement&ranking-note=Vu+en+réunion');
	const figure = page.locator('.figure > svg');
	await expect(figure).toBeVisible();
	await expect(figure.locator('title')).toHaveText('Mon classement');
	await expect(figure).toContainText('Note : Vu en réunion');
	await expect(figure).toContainText(/Sources?/);
	await expect(page.locator('header, select, button')).toHaveCount(0);
	await expect(page.getByRole('link', { name: /CIMES Atlas/ })).toHaveAttribute(
		'href',
		/\/compare\?ranking-title=Mon\+classement/
	);
});
