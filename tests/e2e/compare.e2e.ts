import { readFile } from 'node:fs/promises';
import { axeWithEveryRule } from './axeAll';
import { expect, FOCUS_DEPARTEMENTS, open, test } from './fixtures';
import { REGIONS } from './routes';

/** The mark of an area in one panel of /compare: a bar, point, line or map area. */
const mark = (panel: string, key: string) => `#${panel} [data-key="${key}"][data-emphasis]`;

test('hovering a bar highlights the same area in both maps and every other chart', async ({
	page
}) => {
	await open(page, '/compare?maps=indicators&sel=74');
	const bar = page.locator(mark('ranking', '69'));
	await bar.hover();
	await expect(bar).toHaveAttribute('data-emphasis', 'hovered');
	await expect(page.locator(mark('ranking', '33'))).toHaveAttribute('data-emphasis', 'dimmed');
	await expect(page.locator(mark('scatter', '69'))).toHaveAttribute('data-emphasis', 'hovered');
	const onMaps = page.locator(mark('maps', '69'));
	await expect(onMaps).toHaveCount(2);
	for (const area of await onMaps.all())
		await expect(area).toHaveAttribute('data-emphasis', 'hovered');
	// The label of a hovered point is drawn next to it.
	await expect(page.locator('#scatter svg text', { hasText: 'Rhône' })).toHaveCount(1);
	// Leaving the bar ends the highlight everywhere; the selection stays.
	await page.mouse.move(0, 0);
	await expect(page.locator(mark('scatter', '69'))).toHaveAttribute('data-emphasis', 'normal');
	await expect(page.locator(mark('scatter', '74'))).toHaveAttribute('data-emphasis', 'selected');
});

test('hovering one map highlights the same area on the other map and in the charts', async ({
	page
}) => {
	await open(page, '/compare?maps=indicators');
	const [first, second] = await page.locator(mark('maps', '38')).all();
	await first.hover();
	await expect(second).toHaveAttribute('data-emphasis', 'hovered');
	await expect(page.locator(mark('ranking', '38'))).toHaveAttribute('data-emphasis', 'hovered');
	// A région in the régions chart and in the trend, too.
	await page.locator(mark('regions', 'r75')).hover();
	await expect(page.locator(mark('trend', 'r75'))).toHaveAttribute('data-emphasis', 'hovered');
});

test('a selection goes into the URL, survives a reload, and works from the keyboard', async ({
	page
}) => {
	await open(page, '/compare');
	await page.locator(mark('ranking', '74')).click();
	await expect(page).toHaveURL(/sel=74(&|$)/);
	await page.locator(mark('scatter', '33')).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/sel=74,33(&|$)/);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.locator(mark('ranking', '74'))).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator(mark('maps', '33'))).toHaveAttribute('data-emphasis', 'selected');
	await expect(page.locator('.selection li')).toHaveText([/Haute-Savoie/, /Gironde/]);
	// A selected département gets its own line in the trend.
	await expect(page.locator(mark('trend', '74'))).toHaveCount(1);
	await page.getByRole('button', { name: 'Retirer Haute-Savoie de la sélection' }).click();
	await expect(page).toHaveURL(/sel=33(&|$)/);
	await page.goBack();
	await expect(page).toHaveURL(/sel=74,33/);
});

test('charts state what, where and when, in French numbers, with a source and a table', async ({
	page
}) => {
	await open(page, '/compare?add=11,FR&vs=2021');
	for (const panel of ['regions', 'ranking', 'trend', 'scatter', 'maps']) {
		const section = page.locator(`#${panel}`);
		await expect(section.locator('.chart-title')).toContainText(/\d{4}/);
		await expect(section.locator('.source-line')).toContainText('Source');
		await expect(section.locator('details table')).toHaveCount(1);
		await expect(section.getByRole('button', { name: 'Exporter' })).toBeVisible();
	}
	await expect(page.locator(mark('regions', 'r11'))).toHaveCount(1);
	await expect(page.locator('#ranking .chart-body svg')).toContainText(/\d+,\d/);
	await expect(page.locator('#scatter .correlation')).toContainText(
		/Corrélation .*\(r = -?0,\d+, 24 départements\)/
	);
	const label = await page.locator(mark('ranking', '74')).getAttribute('aria-label');
	expect(label).toMatch(
		/^Haute-Savoie : \d+,\d\u00a0établissements pour 10 000 hab\., 2021 \(population 2023\)$/
	);
});

test('the trend switches to an index, and names the areas it has no data for (never a zero)', async ({
	page
}) => {
	await open(page, '/compare?trend=jobs_total_private_dec31&mode=absolute&sel=74,r84');
	await expect(page.locator('#trend .chart-title')).toContainText('2015–2025');
	await page.getByRole('radio', { name: 'Indice (base 100)' }).check();
	await expect(page).toHaveURL(/trend=jobs_total_private_dec31/);
	await expect(page.locator('#trend .chart-title')).toContainText('indice base 100 en 2015');
	// Région 84 has no 31 December series: it is named as having no data, never drawn as zero.
	await expect(page.locator('#trend')).toContainText(
		'Pas de données pour cet indicateur : Auvergne-Rhône-Alpes'
	);
});

test('the ranking exports exactly its data as CSV, and the maps as one SVG', async ({ page }) => {
	await open(page, '/compare');
	const ranking = page.locator('#ranking');
	await ranking.getByRole('button', { name: 'Exporter' }).click();
	const csvDownload = page.waitForEvent('download');
	await ranking.getByRole('menuitem', { name: 'Données CSV' }).click();
	const csv = await csvDownload;
	expect(csv.suggestedFilename()).toMatch(/^cimes-atlas_ranking_.*\.csv$/);
	const lines = (await readFile(await csv.path(), 'utf8')).trim().split('\r\n');
	// Header, the 24 départements, then the references: AURA, NA, the CIMES territory, France.
	expect(lines).toHaveLength(1 + 24 + 4);
	const maps = page.locator('#maps');
	await maps.getByRole('button', { name: 'Exporter' }).click();
	const svgDownload = page.waitForEvent('download');
	await maps.getByRole('menuitem', { name: 'SVG (vectoriel)' }).click();
	const svg = await readFile(await (await svgDownload).path(), 'utf8');
	expect(svg.match(/<svg /g)?.length).toBeGreaterThanOrEqual(3); // the figure and two maps
	expect(svg).toContain('CIMES Atlas');
});

test('each of the 37 profile pages loads, with its figures and without a console error', async ({
	page
}) => {
	test.setTimeout(120_000);
	for (const path of [
		...FOCUS_DEPARTEMENTS.map((c) => `/departement/${c}`),
		...REGIONS.map((c) => `/region/${c}`)
	]) {
		await open(page, path);
		await expect(page.locator('h1')).not.toBeEmpty();
		await expect(page.locator('.summary')).toContainText('—');
		expect(await page.locator('article.card').count()).toBeGreaterThan(5);
	}
});

test('profiles give ranks, shares and trends, and the map links to them', async ({ page }) => {
	await open(page, '/departement/74');
	const firms = page.locator('article[data-indicator="establishments_2562A_barturning"]');
	await expect(firms).toContainText('247');
	await expect(firms).toContainText('1ᵉʳ sur 12 dans sa région');
	await expect(firms).toContainText('59,8\u202f% de la France');
	await expect(page.locator('article[data-indicator="jobseekers_abc"] svg')).toHaveCount(1);
	await open(page, '/?selected=74&lang=en');
	await page.getByRole('link', { name: 'Open the profile' }).click();
	await expect(page).toHaveURL(/\/departement\/74\?lang=en$/);
	await expect(page.locator('h1')).toHaveText('Haute-Savoie (74)');
	await expect(page.locator('.summary')).toContainText('inhabitants');
});

for (const path of [
	'/compare',
	'/compare?lang=en&sel=69,r84&maps=indicators',
	'/departement/74',
	'/region/84'
]) {
	test(`no accessibility violation (axe) on ${path}`, async ({ page }) => {
		await open(page, path);
		const results = await axeWithEveryRule(page).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);
	});
}

for (const path of ['/compare?sel=69,74,33&add=11,FR', '/departement/64', '/region/75']) {
	test(`${path} fits a 375 px screen without horizontal scrolling`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await open(page, path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
	});
}
