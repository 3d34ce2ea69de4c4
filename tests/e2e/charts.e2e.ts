import { expect, open, test } from './fixtures';

const mark = (panel: string, key: string) => `#${panel} [data-key="${key}"][data-emphasis]`;

test('the trend shows the year and every line’s value under the mouse, the line pointed at highlighted', async ({
	page
}) => {
	await open(page, '/compare');
	const lines = page.locator('#trend svg [data-key][data-emphasis]');
	const count = await lines.count();
	expect(count).toBeGreaterThanOrEqual(3);
	const aura = page.locator(mark('trend', 'r84'));
	const plot = page.locator('#trend svg rect[pointer-events="all"]');
	await plot.hover();
	const crosshair = page.locator('#trend .crosshair');
	await expect(crosshair).toHaveCount(1);
	// Pointing at where AURA's line passes that year highlights it.
	const dot = await crosshair.locator('[data-dot="r84"]').boundingBox();
	if (!dot) throw new Error('no dot on the AURA line');
	await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
	await expect(aura).toHaveAttribute('data-emphasis', 'hovered');
	const year = Number(await crosshair.getAttribute('data-year'));
	expect(year).toBeGreaterThanOrEqual(1998);
	const rows = crosshair.locator('text[data-row]');
	// The year, then one row per line, each with its value.
	await expect(rows).toHaveCount(count + 1);
	await expect(rows.first()).toHaveText(String(year));
	await expect(crosshair.locator('text[data-row="r84"]')).toHaveText(
		/^Auvergne-Rhône-Alpes : \d[\d\u202f\u00a0 ,]*\D/
	);
	await expect(crosshair.locator('text[data-row="r84"]')).toHaveAttribute('font-weight', '700');
	await expect(aura).toHaveAttribute('data-emphasis', 'hovered');
	// The value shown is the table's for that year.
	const table = page.locator('#trend details table');
	const header = await table.locator('thead th').allTextContents();
	const column = header.findIndex((h) => h.includes('Auvergne-Rhône-Alpes'));
	expect(column).toBeGreaterThan(0);
	const row = table.locator(`tbody tr[data-key="${year}"]`);
	const cell = (await row.locator('th, td').nth(column).textContent())?.trim() ?? '';
	expect(cell).not.toBe('');
	const shown = (await crosshair.locator('text[data-row="r84"]').textContent()) ?? '';
	expect(shown.replace(/\D/g, '')).toBe(cell.replace(/\D/g, ''));
	await page.mouse.move(0, 0);
	await expect(crosshair).toHaveCount(0);
});

test('the trend is one Tab stop; arrows move the crosshair’s year and go from line to line', async ({
	page
}) => {
	await open(page, '/compare');
	await expect(page.locator('#trend svg [data-key][tabindex="0"]')).toHaveCount(1);
	await page.locator('#trend svg [data-key][tabindex="0"]').focus();
	const crosshair = page.locator('#trend .crosshair');
	await expect(crosshair).toHaveCount(1);
	const last = Number(await crosshair.getAttribute('data-year'));
	await page.keyboard.press('ArrowLeft');
	await expect(crosshair).toHaveAttribute('data-year', String(last - 1));
	await page.keyboard.press('Home');
	const first = Number(await crosshair.getAttribute('data-year'));
	expect(first).toBeLessThan(last - 1);
	const before = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
	await page.keyboard.press('ArrowDown');
	const after = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
	expect(after).not.toBe(before);
	await expect(crosshair.locator(`text[data-row="${after}"]`)).toHaveAttribute(
		'font-weight',
		'700'
	);
	await expect(crosshair).toHaveAttribute('data-year', String(first));
	await page.keyboard.press('Escape');
	await expect(crosshair).toHaveCount(0);
});

test('bars, points and map areas: one Tab stop per chart, arrows through the marks', async ({
	page
}) => {
	await open(page, '/compare?maps=indicators');
	for (const panel of ['ranking', 'scatter', 'regions']) {
		await expect(page.locator(`#${panel} svg [data-key][tabindex="0"]`)).toHaveCount(1);
	}
	for (const map of await page.locator('#maps svg').all()) {
		await expect(map.locator('[data-key][tabindex="0"]')).toHaveCount(1);
	}
	const first = page.locator('#ranking svg [data-key][tabindex="0"]');
	const firstKey = await first.getAttribute('data-key');
	await first.focus();
	await page.keyboard.press('ArrowDown');
	const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
	expect(second).not.toBe(firstKey);
	await expect(page.locator(mark('ranking', second ?? ''))).toHaveAttribute(
		'data-emphasis',
		'hovered'
	);
	// Tab leaves the chart at once: the next stop is outside the ranking.
	await page.keyboard.press('Tab');
	const inRanking = await page.evaluate(
		() => document.activeElement?.closest('#ranking svg') !== null
	);
	expect(inRanking).toBe(false);
	// Points: the arrows go to another point, which shows its name and both values.
	await page.locator('#scatter svg [data-key][tabindex="0"]').focus();
	await page.keyboard.press('ArrowRight');
	const point = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
	await expect(page.locator('#scatter .callout')).toHaveAttribute('data-key-label', point ?? '');
});

test('a scatter point shows its area’s name and both values on hover and on focus', async ({
	page
}) => {
	await open(page, '/compare');
	await page.locator(mark('scatter', '69')).hover();
	const callout = page.locator('#scatter .callout');
	// Name, then each measure's name and its value, written whole.
	await expect(callout.locator('text')).toHaveCount(5);
	await expect(callout.locator('text').first()).toHaveText('Rhône');
	await expect(callout.locator('text').nth(1)).toHaveText(/^Établissements/);
	for (const i of [2, 4]) {
		await expect(callout.locator('text').nth(i)).toHaveText(/^-?\d[^…]*$/);
	}
	await page.mouse.move(0, 0);
	await expect(callout).toHaveCount(0);
	await page.locator(mark('scatter', '33')).focus();
	await expect(callout.locator('text').first()).toHaveText('Gironde');
});

for (const width of [1440, 375]) {
	test(`ranking at ${width} px: no reference line crosses a value label, reference labels are whole`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await open(page, '/compare?add=11,FR');
		const svg = page.locator('#ranking .chart-body svg');
		const frame = await svg.boundingBox();
		const lines = await svg
			.locator('.reference-line')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
		const values = await svg
			.locator('[data-texts="values"] text')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
		expect(lines.length).toBeGreaterThan(2);
		expect(values.length).toBeGreaterThan(20);
		const crossing = lines.flatMap((l) =>
			values.filter(
				(v) =>
					l.left <= v.right && l.right >= v.left && l.top < v.bottom - 1 && l.bottom > v.top + 1
			)
		);
		expect(crossing).toEqual([]);
		const labels = await svg.locator('.reference-label').evaluateAll((els) =>
			els.map((el) => ({
				box: el.getBoundingClientRect().toJSON() as DOMRect,
				text: el.textContent ?? ''
			}))
		);
		for (const { box, text } of labels) {
			expect(text).not.toMatch(/…/);
			expect(box.left).toBeGreaterThanOrEqual((frame?.x ?? 0) - 0.5);
			expect(box.right).toBeLessThanOrEqual((frame?.x ?? 0) + (frame?.width ?? 0) + 0.5);
		}
	});
}
