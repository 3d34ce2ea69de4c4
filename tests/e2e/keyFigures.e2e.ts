import { readFile } from 'node:fs/promises';
import { expect, open, test } from './fixtures';

/** The key figures (/chiffres-cles) and the CIMES territory (/territoire, /compare). */

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 375, height: 812 }
]) {
	test(`the key figures show the territory, its régions and France at ${viewport.width} px`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await open(page, '/chiffres-cles');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Chiffres clés du territoire CIMES'
		);
		const jobs = page.locator('[data-indicator="jobs_industry"]');
		for (const name of ['Territoire CIMES', 'Auvergne-Rhône-Alpes', 'Nouvelle-Aquitaine', 'France'])
			await expect(jobs.getByText(name, { exact: false }).first()).toBeVisible();
		await expect(jobs).toContainText(/de la France/);
		await expect(jobs).toContainText(/de \d{4} à \d{4}/);
		await expect(jobs).toContainText(/licence : ODbL/);
		const claims = page.locator('[data-claim]');
		await expect(claims).toHaveCount(8);
		await expect(page.locator('[data-claim="barturning-turnover"]')).toContainText(
			'Non mesurable avec les données publiques'
		);
		const body = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			document.documentElement.clientWidth
		]);
		expect(body[0]).toBeLessThanOrEqual(body[1]);
	});
}

test('the header links to the key figures', async ({ page }) => {
	await open(page, '/compare');
	await page.getByRole('link', { name: 'Chiffres clés' }).click();
	await expect(page).toHaveURL(/\/chiffres-cles$/);
});

test('"Copier" puts a sourced sentence on the clipboard, in French and English', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
	await open(page, '/chiffres-cles');
	const card = page.locator('[data-indicator="jobs_industry"]');
	await card.getByRole('button', { name: /^Copier la phrase : Territoire CIMES/ }).click();
	await expect(card.getByRole('status').first()).toHaveText('Phrase copiée');
	await expect
		.poll(clipboard)
		.toMatch(
			/^En \d{4}, le territoire CIMES \(Auvergne-Rhône-Alpes \+ Nouvelle-Aquitaine\) comptait [\d\u202f]+\u00a0salariés \(salariés du privé dans l’industrie \(B–E\)\), soit [\d,]+\u202f% du total de la France \(URSSAF.*\)\.$/
		);
	await open(page, '/chiffres-cles?lang=en');
	await page
		.locator('[data-indicator="jobs_industry"]')
		.getByRole('button', { name: /^Copy the sentence: Auvergne-Rhône-Alpes/ })
		.click();
	await expect
		.poll(clipboard)
		.toMatch(/^In \d{4}, Auvergne-Rhône-Alpes had [\d,]+\u00a0salaried jobs/);
});

test('printed, the sheet has no control and fits A4 pages', async ({ page }) => {
	await open(page, '/chiffres-cles');
	await page.emulateMedia({ media: 'print' });
	// The A4 page less its 12 mm margins, at 96 px to the inch.
	await page.setViewportSize({ width: 703, height: 1032 });
	const visibleControls = await page
		.locator('button, select, input, nav, [role="menu"]')
		.evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).offsetParent !== null).length);
	expect(visibleControls).toBe(0);
	await expect(page.getByText(/Fiche imprimée le \d/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	const width = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		document.documentElement.clientWidth
	]);
	expect(width[0]).toBeLessThanOrEqual(width[1]);
	const pdf = await page.pdf({ format: 'A4', margin: { top: '0', bottom: '0' } });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
	expect(pages).toBeGreaterThanOrEqual(1);
	expect(pages).toBeLessThanOrEqual(2);
});

test('the territory stands beside the régions in /compare and has its own profile', async ({
	page
}) => {
	await open(page, '/compare');
	await expect(page.locator('#regions [data-key="rCIMES"]').first()).toBeAttached();
	await expect(page.locator('#trend [data-key="rCIMES"]').first()).toBeAttached();
	await open(page, '/territoire');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Territoire CIMES (AURA + Nouvelle-Aquitaine)'
	);
	await expect(page.locator('[data-indicator="jobs_industry"]')).toContainText(/salariés/);
	await open(page, '/territoire?lang=en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'CIMES territory (AURA + Nouvelle-Aquitaine)'
	);
});

test('a card exports as SVG and the claims table as CSV, from the same menu as every figure', async ({
	page
}) => {
	await open(page, '/chiffres-cles');
	const card = page.locator('[data-indicator="jobs_industry"]');
	await card.getByRole('button', { name: 'Exporter' }).click();
	const svgDownload = page.waitForEvent('download');
	await card.getByRole('menuitem', { name: /SVG/ }).click();
	const svg = await readFile(await (await svgDownload).path(), 'utf8');
	expect(svg).toContain('Salariés du privé dans l');
	expect(svg).toContain('Territoire CIMES');
	expect(svg).toMatch(/licence : ODbL/);
	const claims = page.locator('section.claims');
	await claims.getByRole('button', { name: 'Exporter' }).click();
	const csvDownload = page.waitForEvent('download');
	await claims.getByRole('menuitem', { name: 'Données CSV' }).click();
	const csv = await readFile(await (await csvDownload).path(), 'utf8');
	const lines = csv.trim().split('\r\n');
	expect(lines[0]).toBe(
		'code,name,indicator,year,value,value_full,unit,numerator,denominator,denominator_year,source'
	);
	// At least one row per claim; the verdict is in the name column.
	for (const id of ['mechanics-share', 'barturning-turnover', 'cnrs-researchers'])
		expect(lines.some((line) => line.startsWith(`${id},`))).toBe(true);
	expect(csv).toContain('Non mesurable avec les données publiques');
});
