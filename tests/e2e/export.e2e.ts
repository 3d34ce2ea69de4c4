import { writeFile } from 'node:fs/promises';
import {
	announcedSize,
	colorsIn,
	decodePng,
	expectResvgMatchesBrowser,
	exportFrom,
	parseCsvText,
	svgProblems
} from './exportChecks';
import { expect, leadingNumber, open, test } from './fixtures';

const mapPanel = (page: import('@playwright/test').Page) => page.locator('section.map-panel');

test('the map exports as PNG at the announced size, with the legend colours', async ({ page }) => {
	await open(page, '/');
	const legendColors = await page
		.locator('.legend li[data-color]')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-color') ?? ''));
	const { fileName, bytes, sizeText } = await exportFrom(page, mapPanel(page), /^2×/);
	expect(fileName).toBe(
		'cimes-atlas_carte_etablissements-industriels-b-e-pour-10-000-habitants_2021-population-2023_aura-na_2x.png'
	);
	await writeFile(test.info().outputPath('map-2x.png'), bytes);
	const png = decodePng(bytes);
	expect([png.width, png.height]).toEqual(announcedSize(sizeText));
	const colors = colorsIn(png);
	expect(colors.distinct).toBeGreaterThan(50);
	for (const color of legendColors) expect(colors.has(color), color).toBe(true);
});

test('slide and print presets give exactly their pixel sizes', async ({ page }) => {
	await open(page, '/');
	for (const [item, size] of [
		[/^Diapositive/, [1920, 1080]],
		[/^Impression A4/, [3508, 2480]]
	] as const) {
		const { bytes, sizeText } = await exportFrom(page, mapPanel(page), item);
		const png = decodePng(bytes);
		// A4 is portrait or landscape, whichever gives the map more room.
		const sorted = (pair: number[]) => [...pair].sort((a, b) => a - b);
		expect(sorted([png.width, png.height])).toEqual(sorted([...size]));
		expect(announcedSize(sizeText)).toEqual([png.width, png.height]);
	}
});

test('the map exports as a standalone SVG that resvg draws like the browser', async ({ page }) => {
	await open(page, '/');
	const { fileName, bytes } = await exportFrom(page, mapPanel(page), /^SVG/);
	expect(fileName.endsWith('.svg')).toBe(true);
	const svg = bytes.toString('utf8');
	expect(svgProblems(svg)).toEqual([]);
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			texts: doc.querySelectorAll('text').length
		};
	}, svg);
	expect(parsed.error).toBeNull();
	expect(parsed.texts).toBeGreaterThan(20);
	expect(svg).toContain('CIMES Atlas');
	expect(svg).toContain('URSSAF');
	expect(svg).toContain('Pas de données');

	const browserPng = decodePng((await exportFrom(page, mapPanel(page), /^1×/)).bytes);
	expectResvgMatchesBrowser(svg, browserPng);
});

test('the map exports its data as CSV and as CSV for Excel (FR), both reading back to the table', async ({
	page
}) => {
	await open(page, '/');
	const standard = await exportFrom(page, mapPanel(page), /^Données CSV/);
	const rows = parseCsvText(standard.bytes.toString('utf8'), ',');
	expect(rows).toHaveLength(24);
	const savoie = rows.find((r) => r.code === '74');
	expect(savoie?.name).toBe('Haute-Savoie');
	expect(Number(savoie?.value)).toBeGreaterThan(0);
	// A rate: its numerator and denominator, the population's year in its own column.
	expect(savoie?.year).toBe('2021');
	expect(savoie?.denominator_year).toBe('2023');
	expect((1e4 * Number(savoie?.numerator)) / Number(savoie?.denominator)).toBeCloseTo(
		Number(savoie?.value_full),
		6
	);

	const excel = await exportFrom(page, mapPanel(page), /^CSV pour Excel/);
	const text = excel.bytes.toString('utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const excelRows = parseCsvText(text, ';');
	expect(excelRows).toHaveLength(24);
	const excelSavoie = excelRows.find((r) => r.code === '74');
	expect(Number(excelSavoie?.valeur_complete.replace(',', '.'))).toBeCloseTo(
		Number(savoie?.value_full),
		9
	);
	// The same value as the table shows (rounded there for reading).
	const shown = await page.locator('table tbody tr[data-code="74"] td.num').first().innerText();
	expect(Number(savoie?.value)).toBe(leadingNumber(shown));
});

test('the export menu is usable from the keyboard', async ({ page }) => {
	await open(page, '/');
	const trigger = mapPanel(page).getByRole('button', { name: 'Exporter' });
	await trigger.focus();
	await page.keyboard.press('ArrowDown');
	await expect(mapPanel(page).getByRole('menu')).toBeVisible();
	await expect(mapPanel(page).getByRole('menuitem').first()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(mapPanel(page).getByRole('menu')).toHaveCount(0);
	await expect(trigger).toBeFocused();
});
