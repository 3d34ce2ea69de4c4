import { expect, FOCUS_DEPARTEMENTS, test } from './fixtures';

// A French number: groups of 3 digits split by a (narrow) no-break space, decimal comma.
const FRENCH_NUMBER = /\d{1,3}(?:[\u202f\u00a0]\d{3})*,\d+/;

test('draws the 24 départements in colours that the legend shows', async ({ page }) => {
	await page.goto('/');
	const areas = page.locator('svg.map .areas path[data-code]');
	await expect(areas).toHaveCount(24);
	const codes = await areas.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')));
	expect([...codes].sort()).toEqual([...FOCUS_DEPARTEMENTS].sort());

	const legendColors = await page
		.locator('.legend li[data-color]')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-color')));
	expect(legendColors.length).toBeGreaterThanOrEqual(3);
	const fills = await areas.evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
	for (const fill of fills) expect(legendColors).toContain(fill);
	// Real data: more than one class is used, and the counts in the legend add up to 24.
	expect(new Set(fills).size).toBeGreaterThan(2);
	const counts = await page.locator('.legend li[data-color] .count').allTextContents();
	expect(counts.reduce((sum, text) => sum + parseInt(text, 10), 0)).toBe(24);
	await expect(page.locator('.legend .no-data')).toContainText('Pas de données');
	// The rest of France is drawn for context.
	expect(await page.locator('svg.map .context path').count()).toBe(96 - 24);
});

test('the map is in the prerendered HTML, before any JavaScript runs', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}/`);
	await expect(page.locator('svg.map .areas path[data-code]')).toHaveCount(24);
	await context.close();
});

test('the tooltip shows name, French-formatted value with unit, year and source', async ({
	page
}) => {
	await page.goto('/');
	await page.locator('svg.map path[data-code="38"]').hover();
	const tooltip = page.locator('.tooltip');
	await expect(tooltip).toContainText('Isère (38)');
	await expect(tooltip).toContainText('établissements pour 10 000 hab.');
	await expect(tooltip).toContainText('2021');
	await expect(tooltip).toContainText('URSSAF');
	expect(await tooltip.textContent()).toMatch(FRENCH_NUMBER);
});

test('a keyboard user reaches each area and hears its value', async ({ page }) => {
	await page.goto('/');
	const haute_savoie = page.locator('svg.map path[data-code="74"]');
	await haute_savoie.focus();
	await expect(page.locator('.tooltip')).toContainText('Haute-Savoie (74)');
	const name = await haute_savoie.getAttribute('aria-label');
	expect(name).toMatch(/^Haute-Savoie : /);
	expect(name).toMatch(/classe \d sur 5/);
});

test('the English switch translates the page and is kept in the URL', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 2 }).first()).toContainText(
		'Industrial establishments per 10,000 inhabitants'
	);
	await expect(page.locator('.legend .no-data')).toContainText('No data');
	await expect(page).toHaveURL(/lang=en/);
	await page.locator('svg.map path[data-code="69"]').hover();
	await expect(page.locator('.tooltip')).toContainText('establishments per 10,000 inhabitants');
	await page.reload();
	await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.locator('.legend .no-data')).toContainText('No data');
});

test('choosing another rate redraws the map, legend and table', async ({ page }) => {
	await page.goto('/');
	const select = page.getByLabel('Indicateur cartographié');
	await select.selectOption('industry-share-private-jobs');
	await expect(page.locator('#map-heading')).toContainText('Part de l’industrie');
	await expect(page.locator('.legend figcaption')).toContainText('% des emplois salariés privés');
	await expect(page).toHaveURL(/measure=industry-share-private-jobs/);
	await expect(page.locator('table tbody tr')).toHaveCount(24);
});

test('a data table mirrors the map, sorted by value', async ({ page }) => {
	await page.goto('/');
	const rows = page.locator('table tbody tr');
	await expect(rows).toHaveCount(24);
	const values = await page.locator('table tbody tr td:nth-child(4)').allTextContents();
	const numbers = values.map((v) =>
		Number(
			v
				.split(' ')[0]
				.replace(/[\u202f\u00a0]/g, '')
				.replace(',', '.')
		)
	);
	expect(numbers.every(Number.isFinite)).toBe(true);
	expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);
});

for (const width of [1440, 375]) {
	test(`the page fits a ${width} px wide screen`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const box = await page.locator('svg.map').boundingBox();
		expect(box?.width).toBeGreaterThan(width * 0.5);
		await page.screenshot({ path: `test-results/map-${width}.png`, fullPage: false });
	});
}
