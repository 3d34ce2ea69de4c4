import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, open, test } from './fixtures';

const area = (code: string) => `.map .areas path[data-code="${code}"]`;
const focusedCode = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('data-code') ?? null);
/** The control just before the map in Tab order: the search box beside the map's title. */
const controlBefore = (page: Page) => page.getByRole('combobox', { name: 'Rechercher un lieu' });

test('the map is one Tab stop, and Shift+Tab comes back to the area left', async ({ page }) => {
	await open(page, '/');
	await controlBefore(page).focus();
	await page.keyboard.press('Tab');
	const entered = await focusedCode(page);
	expect(entered).not.toBeNull();
	await page.keyboard.press('ArrowDown');
	const moved = await focusedCode(page);
	expect(moved).not.toBe(entered);
	await page.keyboard.press('Tab');
	// One Tab leaves the map: the focus is on the control after it.
	expect(await page.evaluate(() => !!document.activeElement?.closest('svg.map'))).toBe(false);
	await expect(page.getByRole('button', { name: 'Zoom avant' })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	expect(await focusedCode(page)).toBe(moved);
	await expect(page.locator('.map .areas path[tabindex="0"]')).toHaveCount(1);
});

test('arrows go to the nearest area in their direction', async ({ page }) => {
	await open(page, '/');
	await page.locator(area('26')).focus();
	await page.keyboard.press('ArrowUp');
	expect(await focusedCode(page)).toBe('38'); // Isère, not Ardèche
	await page.locator(area('07')).focus();
	const visited = [];
	for (let i = 0; i < 3; i++) {
		await page.keyboard.press('ArrowRight');
		visited.push(await focusedCode(page));
	}
	expect(visited).toEqual(['26', '73', '73']);
	await page.keyboard.press('ArrowUp');
	expect(await focusedCode(page)).toBe('74');
});

test('Enter selects, "Ouvrir la fiche" is one Tab away and opens the profile', async ({ page }) => {
	await open(page, '/');
	await page.locator(area('73')).focus();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/selected=74/);
	await expect(page.locator(area('74'))).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Tab');
	const link = page.getByRole('link', { name: 'Ouvrir la fiche : Haute-Savoie (74)' });
	await expect(link).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/selected=/);
	await expect(link).toHaveCount(0);
	await expect(page.locator(area('74'))).toBeFocused();
	// With nothing selected, Escape dismisses the tooltip the focus showed, and keeps the focus.
	const tooltip = page.locator('.tooltip');
	await expect(tooltip).toContainText('Haute-Savoie');
	await page.keyboard.press('Escape');
	await expect(tooltip).toHaveCount(0);
	await expect(page.locator(area('74'))).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/selected=74/);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/departement\/74$/);
});

test('in English the action reads "Open profile" and keeps the language', async ({ page }) => {
	await open(page, '/?lang=en&selected=15');
	const link = page.getByRole('link', { name: 'Open profile: Cantal (15)' });
	await expect(link).toHaveAttribute('href', /\/departement\/15\?lang=en$/);
});

/** Near-white and near-black pixels of a screenshot of the area's box. */
async function ringPixels(page: Page, code: string) {
	const box = (await page.locator(area(code)).boundingBox())!;
	const png = PNG.sync.read(await page.screenshot({ clip: box }));
	let white = 0;
	let black = 0;
	for (let i = 0; i < png.data.length; i += 4) {
		const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
		if (r > 240 && g > 240 && b > 240) white++;
		if (r < 40 && g < 40 && b < 40) black++;
	}
	return { white, black };
}

test('the focus ring shows on the darkest, the lightest and the no-data fills', async ({
	page
}) => {
	await open(page, '/');
	// The tooltip that opens on focus would cover part of the area's box.
	await page.addStyleTag({ content: '.tooltip { visibility: hidden !important; }' });
	const colours = await page
		.locator('.legend li[data-color]')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-color')));
	const withFill = async (fill: string) =>
		page.locator(`.map .areas path[fill="${fill}"]`).first().getAttribute('data-code');
	const targets = [await withFill(colours.at(-1)!), await withFill(colours[0]!)];
	const noData = await page.locator('.map .areas path[data-nodata]').first();
	if ((await noData.count()) > 0) targets.push(await noData.getAttribute('data-code'));
	for (const code of targets) {
		await page.mouse.move(0, 0);
		await page.locator(area(code!)).evaluate((el) => (el as SVGElement).blur());
		const before = await ringPixels(page, code!);
		// Reach the area by keyboard, as a reader does (the ring is for keyboard focus only): the
		// map's Tab stop is the area focused last.
		await page.locator(area(code!)).focus();
		await page.keyboard.press('Shift+Tab');
		await expect(controlBefore(page)).toBeFocused();
		await page.keyboard.press('Tab');
		expect(await focusedCode(page)).toBe(code);
		const ring = page.locator('.map .focus-ring path');
		await expect(ring).toHaveCount(2);
		expect(await ring.evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke')))).toEqual([
			'#fff',
			'#111'
		]);
		const after = await ringPixels(page, code!);
		expect(after.white - before.white, `white ring around ${code}`).toBeGreaterThan(150);
		expect(after.black - before.black, `dark ring around ${code}`).toBeGreaterThan(100);
		await page.screenshot({ path: `test-results/focus-ring-${code}.png` });
	}
});
