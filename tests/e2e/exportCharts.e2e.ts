import { writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import {
	announcedSize,
	colorsIn,
	decodePng,
	expectResvgMatchesBrowser,
	exportFrom,
	parseCsvText,
	svgProblems
} from './exportChecks';
import { expect, open, test } from './fixtures';

/**
 * Every export of one chart of each type on /compare (the map's are in export.e2e.ts): the PNG
 * decodes at the announced size with the legend's colours, the SVG stands alone and resvg draws
 * it like the browser, and both CSVs read back to the values of the chart's own table.
 */

/** The chart's table alternative as the reader sees it (header cells apart). */
interface ShownTable {
	columns: string[];
	rows: { key: string; name: string; cells: string[] }[];
}

/** What one CSV row must hold, in the CSV's order, taken from the shown table. */
interface Expected {
	name: string;
	/** The table row's key, which is the area's code (région keys start with 'r'). */
	key?: string;
	year?: string;
	/** The header of the table column the value is shown in. */
	column?: string;
	cell: string;
}

const cellsByColumn = (table: ShownTable) =>
	table.columns
		.slice(1)
		.flatMap((column, i) => table.rows.map((row) => ({ row, column, cell: row.cells[i] })));

const CHARTS: {
	id: string;
	what: string;
	/** The CSV rows expected from the table, in order. */
	expected: (table: ShownTable) => Expected[];
}[] = [
	{
		id: 'regions',
		what: 'régions side by side',
		// One row per year (column), then per area.
		expected: (table) =>
			cellsByColumn(table).map(({ row, column, cell }) => ({
				name: row.name,
				key: row.key,
				year: column,
				cell
			}))
	},
	{
		id: 'ranking',
		what: 'ranking',
		// The areas in rank order, then the reference figures.
		expected: (table) => {
			const value = table.columns.indexOf('Valeur') - 1;
			return table.rows.map((row) => ({ name: row.name, key: row.key, cell: row.cells[value] }));
		}
	},
	{
		id: 'trend',
		what: 'trend',
		// One line (column) after the other, year by year.
		expected: (table) =>
			cellsByColumn(table).map(({ row, column, cell }) => ({ name: column, year: row.name, cell }))
	},
	{
		id: 'scatter',
		what: 'scatter',
		// Per area: x, y, population.
		expected: (table) =>
			table.rows.flatMap((row) =>
				row.cells.map((cell, i) => ({
					name: row.name,
					key: row.key,
					column: table.columns[i + 1],
					cell
				}))
			)
	},
	{
		id: 'maps',
		what: 'two maps',
		// One map (column) after the other, only the areas drawn on that map.
		expected: (table) =>
			cellsByColumn(table)
				.filter(({ cell }) => cell !== '')
				.map(({ row, cell }) => ({ name: row.name, key: row.key, cell }))
	}
];

const panelOf = (page: Page, id: string) => page.locator(`section#${id}`);

/** The colours the chart's legend paints its swatches with, as '#rrggbb' (from computed styles). */
async function legendColors(panel: Locator): Promise<string[]> {
	const colors = await panel
		.locator('.legend svg > rect, .legend svg > line, .classes .swatch:not(.no-data)')
		.evaluateAll((swatches) =>
			swatches.map((el) => {
				const style = getComputedStyle(el);
				const tag = el.localName;
				return tag === 'rect' ? style.fill : tag === 'line' ? style.stroke : style.backgroundColor;
			})
		);
	return colors.map((color) => {
		const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(color);
		if (!rgb) throw new Error(`not an opaque rgb() colour: ${color}`);
		return `#${rgb
			.slice(1)
			.map((c) => Number(c).toString(16).padStart(2, '0'))
			.join('')}`;
	});
}

/** The labels of the legend's swatches, as shown. */
const legendLabels = (panel: Locator) =>
	panel
		.locator('.legend li, .classes li')
		.evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText.trim()));

/** Opens the chart's table alternative and reads it. */
async function shownTable(panel: Locator): Promise<ShownTable> {
	const details = panel.locator('details.chart-table');
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
		await details.locator('summary').click();
	await expect(details.locator('table')).toBeVisible();
	return details.locator('table').evaluate((table) => ({
		columns: [...table.querySelectorAll('thead th')].map((th) => (th as HTMLElement).innerText),
		rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({
			key: tr.getAttribute('data-key') ?? '',
			name: (tr.querySelector('th') as HTMLElement).innerText,
			cells: [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText)
		}))
	}));
}

/**
 * A number as the table shows it ('1 234,5 unit', '−3,2 %') and how many decimals it shows;
 * null for "no data".
 */
function shownNumber(text: string): { value: number; decimals: number } | null {
	const m = /^([-\u2212]?)(\d{1,3}(?:[\u202f\u00a0]\d{3})*|\d+)(?:,(\d+))?(?![\d,])/.exec(text);
	if (!m) return null;
	const digits = m[2].replace(/[\u202f\u00a0]/g, '') + (m[3] ? `.${m[3]}` : '');
	return { value: (m[1] ? -1 : 1) * Number(digits), decimals: m[3]?.length ?? 0 };
}

/** The area code a table row key stands for: 'r84' → '84', 'ref-FR' → 'FR', '2A' → '2A'. */
const codeOfKey = (key: string) => key.replace(/^ref-/, '').replace(/^r(?=\d|CIMES$)/, '');

test.describe.configure({ timeout: 20_000 });

for (const chart of CHARTS) {
	test.describe(`the ${chart.what} chart (#${chart.id})`, () => {
		test('exports a PNG at 2× of the announced size, not blank, with the legend colours', async ({
			page
		}) => {
			await open(page, '/compare');
			const panel = panelOf(page, chart.id);
			const colors = await legendColors(panel);
			expect(colors.length).toBeGreaterThanOrEqual(2);

			const { fileName, bytes, sizeText } = await exportFrom(page, panel, /^2×/);
			expect(fileName).toMatch(new RegExp(`^cimes-atlas_${chart.id}_[a-z0-9_-]+_2x\\.png$`));
			await writeFile(test.info().outputPath(`${chart.id}-2x.png`), bytes);
			const png = decodePng(bytes);
			const [width, height] = announcedSize(sizeText);
			expect(width).toBeGreaterThan(400);
			expect([png.width, png.height]).toEqual([width, height]);

			const found = colorsIn(png);
			expect(found.distinct).toBeGreaterThan(100);
			let inked = 0;
			for (let i = 0; i < png.data.length; i += 4)
				if (png.data[i] < 240 || png.data[i + 1] < 240 || png.data[i + 2] < 240) inked += 1;
			expect(inked / (png.width * png.height)).toBeGreaterThan(0.03);
			for (const color of colors) expect(found.has(color), `legend colour ${color}`).toBe(true);
		});

		test('exports a standalone SVG that resvg draws like the browser’s PNG', async ({ page }) => {
			await open(page, '/compare');
			const panel = panelOf(page, chart.id);
			const title = (await panel.locator('.chart-title').innerText()).trim();
			const labels = await legendLabels(panel);

			const { fileName, bytes } = await exportFrom(page, panel, /^SVG/);
			expect(fileName).toMatch(new RegExp(`^cimes-atlas_${chart.id}_[a-z0-9_-]+\\.svg$`));
			const svg = bytes.toString('utf8');
			await writeFile(test.info().outputPath(`${chart.id}.svg`), svg);
			expect(svgProblems(svg)).toEqual([]);
			const parsed = await page.evaluate((text) => {
				const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
				const root = doc.documentElement;
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					root: root.localName,
					title: root.querySelector(':scope > title')?.textContent ?? null,
					// The figure's own lines of text (title, legend, footer), in order.
					lines: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent ?? ''),
					texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? '')
				};
			}, svg);
			expect(parsed.error).toBeNull();
			expect(parsed.root).toBe('svg');
			expect(parsed.title).toBe(title);
			// The title is drawn, wrapped over the first lines.
			expect(parsed.lines.join(' ')).toContain(title.replace(/\s+/g, ' '));
			expect(parsed.texts.join('\n')).toContain('CIMES Atlas');
			// Every label is drawn, a long one possibly wrapped over consecutive lines.
			const drawn = parsed.texts.join(' ').replace(/\s+/g, ' ');
			for (const label of labels) expect(drawn, `legend label ${label}`).toContain(label);
			expect(parsed.texts.length).toBeGreaterThan(10);

			const onePx = await exportFrom(page, panel, /^1×/);
			const browserPng = decodePng(onePx.bytes);
			expect([browserPng.width, browserPng.height]).toEqual(announcedSize(onePx.sizeText));
			expectResvgMatchesBrowser(svg, browserPng);
		});

		test('exports its data as CSV and as CSV for Excel (FR), both reading back to its table', async ({
			page
		}) => {
			await open(page, '/compare');
			const panel = panelOf(page, chart.id);
			const table = await shownTable(panel);
			const expected = chart.expected(table);
			expect(expected.length).toBeGreaterThanOrEqual(3);

			const standard = await exportFrom(page, panel, /^Données CSV/);
			expect(standard.fileName).toMatch(new RegExp(`^cimes-atlas_${chart.id}_[a-z0-9_-]+\\.csv$`));
			const text = standard.bytes.toString('utf8');
			expect(text.charCodeAt(0)).not.toBe(0xfeff);
			expect(text.split('\r\n')[0]).toBe(
				'code,name,indicator,year,value,value_full,unit,numerator,denominator,denominator_year,source'
			);
			const rows = parseCsvText(text, ',');
			expect(rows).toHaveLength(expected.length);
			rows.forEach((row, i) => {
				const want = expected[i];
				const where = `CSV row ${i + 1} (${row.name}, ${row.year})`;
				expect(row.name, where).toBe(want.name);
				if (want.key !== undefined) expect(row.code, where).toBe(codeOfKey(want.key));
				// The year is a number: the shown column's first year ('2021 (population 2023)' → 2021).
				if (want.year !== undefined)
					expect(row.year, where).toBe(/\d{4}/.exec(want.year)?.[0] ?? '');
				if (want.column !== undefined) {
					expect(want.column.startsWith(row.indicator), where).toBe(true);
					if (row.year) expect(want.column, where).toContain(row.year);
				}
				expect(row.indicator, where).not.toBe('');
				expect(row.unit, where).not.toBe('');
				const shown = shownNumber(want.cell);
				if (shown === null) {
					expect(want.cell, where).toBe('pas de données');
					expect(row.value + row.value_full, where).toBe('');
				} else {
					// Rounded as shown, with the full precision beside it.
					expect(row.value, where).toMatch(/^-?\d+(\.\d+)?$/);
					expect(Number(row.value), `${where}: shown as ${want.cell}`).toBeCloseTo(
						shown.value,
						shown.decimals + 3
					);
					expect((row.value.split('.')[1] ?? '').length, where).toBeLessThanOrEqual(shown.decimals);
					const tolerance = 0.5 * 10 ** -shown.decimals + 1e-9;
					expect(Math.abs(Number(row.value_full) - shown.value), where).toBeLessThanOrEqual(
						tolerance
					);
				}
			});

			const excel = await exportFrom(page, panel, /^CSV pour Excel/);
			expect(excel.fileName).toBe(standard.fileName.replace(/\.csv$/, '_excel-fr.csv'));
			const excelText = excel.bytes.toString('utf8');
			expect(excelText.charCodeAt(0)).toBe(0xfeff);
			expect(excelText.slice(1).split('\r\n')[0]).toBe(
				'code;nom;indicateur;annee;valeur;valeur_complete;unite;numerateur;denominateur;annee_denominateur;source'
			);
			const excelRows = parseCsvText(excelText, ';');
			expect(excelRows).toHaveLength(rows.length);
			excelRows.forEach((row, i) => {
				const same = rows[i];
				expect(row, `Excel row ${i + 1}`).toEqual({
					code: same.code,
					nom: same.name,
					indicateur: same.indicator,
					annee: same.year,
					valeur: same.value.replace('.', ','),
					valeur_complete: same.value_full.replace('.', ','),
					unite: same.unit,
					numerateur: same.numerator.replace('.', ','),
					denominateur: same.denominator.replace('.', ','),
					annee_denominateur: same.denominator_year,
					source: same.source
				});
			});
		});
	});
}

test('a profile’s trend chart exports as PNG and as a standalone SVG', async ({ page }) => {
	await open(page, '/departement/74');
	const card = page.locator('article[data-indicator="jobs_total_private_dec31"]');
	const png = await exportFrom(page, card, /^2×/);
	const decoded = decodePng(png.bytes);
	expect([decoded.width, decoded.height]).toEqual(announcedSize(png.sizeText));
	expect(colorsIn(decoded).distinct).toBeGreaterThan(50);
	const svg = (await exportFrom(page, card, /^SVG/)).bytes.toString('utf8');
	expect(svgProblems(svg)).toEqual([]);
	expect(svg).toContain('Haute-Savoie');
	expect(svg).toContain('CIMES Atlas');
});
