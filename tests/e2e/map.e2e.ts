import { expect, FOCUS_DEPARTEMENTS, leadingNumber, open, test } from './fixtures';

// A French number: groups of 3 digits split by a (narrow) no-break space, decimal comma.
const FRENCH_NUMBER = /\d{1,3}(?:[\u202f\u00a0]\d{3})*,\d+/;
const areas = '.map .areas path[data-code]';

test('draws the 24 départements in colours that the legend shows', async ({ page }) => {
	await open(page, '/');
	const paths = page.locator(areas);
	await expect(paths).toHaveCount(24);
	const codes = await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-code')));
	expect([...codes].sort()).toEqual([...FOCUS_DEPARTEMENTS].sort());
	const legendColors = await page
		.locator('.legend li[data-color]')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-color')));
	expect(legendColors).toHaveLength(5);
	const fills = await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
	for (const fill of fills) expect(legendColors).toContain(fill);
	expect(new Set(fills).size).toBe(5);
	const counts = await page.locator('.legend li[data-color] .count').allTextContents();
	expect(counts.reduce((sum, text) => sum + parseInt(text, 10), 0)).toBe(24);
	await expect(page.locator('.legend .no-data')).toContainText('Pas de données');
	// The rest of France in grey: the other régions that reach into the frame, not all 11.
	const context = await page.locator('.map .context path').count();
	expect(context).toBeGreaterThan(0);
	expect(context).toBeLessThan(11);
});

test('the map is in the prerendered HTML, before any JavaScript runs', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}/`);
	await expect(page.locator(areas)).toHaveCount(24);
	await expect(page.locator('.legend li[data-color]')).toHaveCount(5);
	await context.close();
});

test('the tooltip shows name, French value with unit, year, ranks and source', async ({ page }) => {
	await open(page, '/');
	await page.locator('.map path[data-code="38"]').hover();
	const tooltip = page.locator('.tooltip');
	await expect(tooltip).toContainText('Isère (38)');
	await expect(tooltip).toContainText('établissements pour 10 000 hab.');
	await expect(tooltip).toContainText(
		/établissements \(2021\) \/ [\d\u202f]+\u00a0habitants \(2023\)/
	);
	await expect(tooltip).toContainText(/\d+ᵉ sur 24 parmi les départements affichés/);
	await expect(tooltip).toContainText(/\d+ᵉ sur 12 dans sa région/);
	await expect(tooltip).toContainText('URSSAF');
	expect(await tooltip.textContent()).toMatch(FRENCH_NUMBER);
});

test('the English switch translates the page and is kept in the URL', async ({ page }) => {
	await open(page, '/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('#map-heading')).toContainText(
		'Industrial establishments (B–E) per 10,000 inhabitants'
	);
	await expect(page.locator('.legend .no-data')).toContainText('No data');
	await expect(page).toHaveURL(/lang=en/);
	await page.locator('.map path[data-code="69"]').hover();
	await expect(page.locator('.tooltip')).toContainText('establishments per 10,000 inhabitants');
	await page.reload();
	await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.locator('.legend .no-data')).toContainText('No data');
});

test('a data table mirrors the map and sorts by each column', async ({ page }) => {
	await open(page, '/');
	const rows = page.locator('table tbody tr');
	await expect(rows).toHaveCount(24);
	const firstValues = async () =>
		(await page.locator('table tbody tr td.num:first-of-type').allTextContents()).map((v) =>
			leadingNumber(v)
		);
	const values = await firstValues();
	expect([...values].sort((a, b) => b - a)).toEqual(values);
	await page.getByRole('button', { name: /^Valeur/ }).click();
	await expect(page.getByRole('columnheader', { name: /Valeur/ })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	const ascending = await firstValues();
	expect([...ascending].sort((a, b) => a - b)).toEqual(ascending);
	await page.getByRole('button', { name: /^Département/ }).click();
	const names = await page.locator('table tbody th').allTextContents();
	expect(names[0]).toMatch(/^Ain/);
});

test('a one-sentence summary names the highest, the lowest and the median', async ({ page }) => {
	await open(page, '/');
	await expect(page.locator('#map-summary')).toContainText(
		/la plus élevée : .+ ; la plus basse : .+ ; médiane : /
	);
});

for (const width of [1440, 375]) {
	test(`the page fits a ${width} px wide screen`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await open(page, '/');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const box = await page.locator('svg.map').boundingBox();
		expect(box?.width).toBeGreaterThan(width * 0.3);
		await page.screenshot({ path: `test-results/map-${width}.png` });
	});
}

test('the first map needs no geometry file; another view loads it, and a broken one is reported', async ({
	page
}) => {
	const geometryRequests: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/data/geo/')) geometryRequests.push(r.url());
	});
	await page.route('**/data/geo/france.topo.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "Topo' })
	);
	await open(page, '/');
	await page.locator('.map .areas path[data-code="38"]').hover();
	await page.waitForLoadState('networkidle');
	expect(geometryRequests).toEqual([]);

	const shown = page.locator('.map .areas path[data-code]');
	await page.getByRole('radio', { name: 'Régions (13)' }).check();
	const issues = page.locator('.issues');
	await expect(issues).toContainText('geo/france.topo.json');
	await expect(issues).toContainText('not valid JSON');
	// The view asked for waits; the last complete map stays on screen.
	await expect(shown).toHaveCount(24);

	// Reaching for the controls again tries again.
	await page.unroute('**/data/geo/france.topo.json');
	await page.locator('#map-heading').hover();
	await page.getByLabel('Indicateur', { exact: true }).hover();
	await expect(shown).toHaveCount(13);
	await expect(issues).toHaveCount(0);
	expect(geometryRequests.length).toBeGreaterThanOrEqual(2);
});

test('code for reading the next data file that cannot load is listed, and the last map stays', async ({
	page
}) => {
	await open(page, '/');
	// Every chunk not loaded yet now fails as it runs (as a stale deployment's might).
	await page.route('**/_app/immutable/chunks/*.js', (route) =>
		route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("broken chunk")' })
	);
	await page.getByLabel('Indicateur', { exact: true }).selectOption('jobs_industry');
	const issues = page.locator('.issues');
	await expect(issues).toContainText('jobs.csv');
	await expect(issues).toContainText('broken chunk');
	await expect(page.locator('#map-heading')).toContainText('Établissements industriels');
	await expect(page.locator('.map .areas path[data-code]')).toHaveCount(24);
});

test('the map draws too when reached from another page of the atlas', async ({ page }) => {
	await open(page, '/departement/74');
	await page
		.getByRole('navigation', { name: 'Navigation principale' })
		.getByRole('link', { name: 'Carte' })
		.click();
	await expect(page).toHaveURL(/\/$/);
	const paths = page.locator(areas);
	await expect(paths).toHaveCount(24);
	const drawn = await paths.evaluateAll((ps) => ps.map((p) => (p.getAttribute('d') ?? '').length));
	for (const length of drawn) expect(length).toBeGreaterThan(20);
	await expect(page.locator('.map [data-borders="region"]')).toHaveAttribute('d', /^M/);
	await page.locator('.map .areas path[data-code="74"]').hover();
	await expect(page.locator('.tooltip')).toContainText('Haute-Savoie');
});
