import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const box = async (page: Page, selector: string) => {
	const b = await page.locator(selector).first().boundingBox();
	if (!b) throw new Error(`${selector} is not visible`);
	return b;
};

test.describe('at 1440 × 900', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	for (const lang of ['fr', 'en']) {
		test(`the map comes first and is entirely above the fold (${lang})`, async ({ page }) => {
			await open(page, lang === 'en' ? '/?lang=en' : '/');
			const stage = await box(page, '.stage');
			const map = await box(page, 'svg.map');
			// The map and the legend and tools laid on it take at least two thirds of the width…
			expect(stage.width).toBeGreaterThan((1440 * 2) / 3);
			// …and the full height under the header, with the whole map in view.
			expect(stage.y).toBeLessThan(150);
			expect(map.y + map.height).toBeLessThanOrEqual(900);
			expect(map.height).toBeGreaterThan(600);
			// Legend, zoom and export sit on the map.
			for (const on of ['.legend-card', '.map-tools', '.map-actions']) {
				const b = await box(page, on);
				expect(b.x, on).toBeGreaterThanOrEqual(stage.x);
				expect(b.y + b.height, on).toBeLessThanOrEqual(stage.y + stage.height + 1);
			}
		});
	}

	test('the settings panel collapses and the map grows', async ({ page }) => {
		await open(page, '/');
		const toggle = page.getByRole('button', { name: 'Réglages', exact: true });
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByLabel('Indicateur', { exact: true })).toBeVisible();
		const before = await box(page, '.stage');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByLabel('Indicateur', { exact: true })).toBeHidden();
		expect((await box(page, '.stage')).width).toBeGreaterThan(before.width + 200);
		await toggle.click();
		await expect(page.getByLabel('Indicateur', { exact: true })).toBeVisible();
	});

	test('a selected area opens in a drawer beside the map, at the top', async ({ page }) => {
		await open(page, '/');
		await page.locator('.map .areas path[data-code="74"]').click();
		await expect(page).toHaveURL(/selected=74/);
		const drawer = page.getByRole('region', { name: 'Détails' });
		await expect(drawer.getByRole('heading', { name: /Haute-Savoie/ })).toBeVisible();
		await expect(drawer.getByRole('link', { name: 'Ouvrir la fiche' })).toBeVisible();
		// The list grows as the other data files load: wait for all of them, then measure.
		await expect.poll(() => drawer.locator('.details dl > div').count()).toBeGreaterThan(10);
		const map = await box(page, '.stage');
		const side = await box(page, '.drawer');
		expect(side.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
		expect(side.y).toBeLessThan(100);
		// Each indicator's label sits above its value, never beside it in a sliver.
		const rows = await drawer
			.locator('.details dl > div')
			.evaluateAll((divs) =>
				divs.map((d) => [
					d.querySelector('dt')!.getBoundingClientRect(),
					d.querySelector('dd')!.getBoundingClientRect()
				])
			);
		expect(rows.length).toBeGreaterThan(10);
		for (const [dt, dd] of rows) {
			expect(dd.top).toBeGreaterThanOrEqual(dt.bottom - 1);
			expect(dt.width).toBeGreaterThan(200);
		}
	});

	test('"Copier le lien" copies the view with its year, for the same map after an update', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, '/?indicator=jobs_total_private_dec31&selected=38');
		// The reader copies the map they see: this indicator's, once its file has loaded.
		await expect(page.locator('#map-heading')).toContainText('2025');
		await page.getByRole('button', { name: 'Copier le lien' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Lien copié' })).toBeVisible();
		const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
		await expect.poll(clipboard).toMatch(/^http/);
		const copied = new URL(await clipboard());
		expect(copied.searchParams.get('year')).toBe('2025');
		expect(copied.searchParams.get('selected')).toBe('38');
		expect(copied.searchParams.get('indicator')).toBe('jobs_total_private_dec31');
	});

	test('a single-year indicator shows its year as a badge, a series gets a slider', async ({
		page
	}) => {
		await open(page, '/');
		await expect(page.locator('#year')).toHaveCount(0);
		await expect(page.locator('.badge')).toHaveText('2021');
		await open(page, '/?indicator=jobs_total_private_dec31');
		await expect(page.getByRole('slider', { name: /Année/ })).toBeVisible();
	});

	test('a select shows its whole chosen option', async ({ page }) => {
		await open(page, '/?indicator=jobs_industry_dec31');
		const shown = page.locator('.select-box').first();
		await expect(shown).toContainText('Salariés de l');
		const fits = await shown
			.locator('.shown')
			.evaluate((s) => s.scrollWidth <= s.clientWidth + 1 && s.scrollHeight <= s.clientHeight + 1);
		expect(fits).toBe(true);
	});
});

test.describe('at 375 × 812', () => {
	test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

	test('the map is on the first screen and the settings open as a bottom sheet', async ({
		page
	}) => {
		await open(page, '/');
		const map = await box(page, 'svg.map');
		expect(map.y + map.height).toBeLessThanOrEqual(812);
		expect(map.width).toBeGreaterThan(340);
		await expect(page.getByLabel('Indicateur', { exact: true })).toBeHidden();
		const toggle = page.getByRole('button', { name: 'Réglages', exact: true });
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		const sheet = await box(page, '#settings');
		expect(sheet.y + sheet.height).toBeCloseTo(812, 0);
		await expect(page.getByLabel('Indicateur', { exact: true })).toBeVisible();
		await page.getByLabel('Mesure').selectOption('value');
		await expect(page).toHaveURL(/measure=value/);
		await page.keyboard.press('Escape');
		await expect(page.getByLabel('Indicateur', { exact: true })).toBeHidden();
		await expect(toggle).toBeFocused();
	});

	test('a tap shows a compact card under the map, not over it', async ({ page }) => {
		await open(page, '/');
		await page.locator('.map .areas path[data-code="63"]').tap();
		const card = page.locator('.card');
		await expect(card.getByRole('heading', { name: /Puy-de-Dôme/ })).toBeVisible();
		await expect(card).toContainText(/établissements pour 10 000 hab\./);
		await expect(card).toContainText(/sur 24/);
		await expect(card.getByRole('link', { name: 'Ouvrir la fiche' })).toBeVisible();
		const map = await box(page, 'svg.map');
		expect((await box(page, '.card')).y).toBeGreaterThanOrEqual(map.y + map.height);
		await expect(page.locator('.details')).toHaveCount(0);
		await card.getByRole('button', { name: 'Tous les indicateurs' }).click();
		await expect(page.locator('.details dt').first()).toBeVisible();
	});

	test('the data table fits the phone: no value cut, nothing to scroll', async ({ page }) => {
		await open(page, '/');
		const table = page.locator('[data-scroll-x]');
		await table.scrollIntoViewIfNeeded();
		const [scrollWidth, clientWidth] = await table.evaluate((t) => [t.scrollWidth, t.clientWidth]);
		expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
		await expect(page.locator('.scroll-hint')).toHaveCount(0);
		const cut = await page.locator('table tbody td.num').evaluateAll((cells) => {
			const right = document.querySelector('[data-scroll-x]')!.getBoundingClientRect().right;
			return cells.filter((c) => c.getBoundingClientRect().right > right + 1).length;
		});
		expect(cut).toBe(0);
	});

	test('a table wider than the phone says it scrolls and can be scrolled by keyboard', async ({
		page
	}) => {
		await open(page, '/');
		const table = page.locator('[data-scroll-x]');
		// A column that cannot shrink, as a long unbreakable label would be.
		await table.evaluate(
			(t) => (t.querySelector<HTMLElement>('thead th')!.style.minWidth = '900px')
		);
		await expect(page.locator('.scroll-hint')).toBeVisible();
		await expect(table).toHaveAttribute('tabindex', '0');
	});
});

/** Whether the search box's placeholder fits its input, measured in the input's own font. */
const placeholderFits = (input: HTMLInputElement) => {
	const style = getComputedStyle(input);
	const context = document.createElement('canvas').getContext('2d');
	if (!context) throw new Error('no 2d context');
	context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
	const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
	return context.measureText(input.placeholder).width <= room;
};

for (const [width, height] of [
	[1440, 900],
	[375, 812]
])
	test.describe(`search box at ${width} × ${height}`, () => {
		test.use({ viewport: { width, height } });
		for (const lang of ['fr', 'en'])
			test(`shows its whole placeholder (${lang})`, async ({ page }) => {
				await open(page, lang === 'en' ? '/?lang=en' : '/');
				const input = page.getByRole('combobox', {
					name: lang === 'en' ? /Find a place/ : /Rechercher un lieu/
				});
				expect(await input.evaluate(placeholderFits)).toBe(true);
			});
	});
