import AxeBuilder from '@axe-core/playwright';
import { expect, open, test } from './fixtures';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('legend class buttons are named by their visible text (axe: label-content-name-mismatch)', async ({
	page
}) => {
	await open(page, '/');
	const buttons = page.locator('.legend li[data-color] button');
	await expect(buttons).toHaveCount(5);
	for (const button of await buttons.all()) {
		const bounds = (await button.locator('.bounds').innerText()).trim();
		const count = (await button.locator('.count').innerText()).trim();
		await expect(button).toHaveAccessibleName(
			new RegExp(`^${escape(bounds)} .+ ${escape(count)}$`)
		);
	}
	// label-content-name-mismatch is experimental: off in axe's default set.
	const results = await new AxeBuilder({ page })
		.include('.legend')
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
	const ran = [...results.passes, ...results.inapplicable].map((r) => r.id);
	expect(ran).toContain('label-content-name-mismatch');
});

test('bar-turning per 10,000 inhabitants by région prints every bound apart', async ({ page }) => {
	await open(page, '/?indicator=establishments_2562A_barturning&measure=per10k&level=region');
	const labels = await page.locator('.legend li[data-color] .bounds').allInnerTexts();
	expect(labels).toHaveLength(5);
	for (const label of labels) {
		const [lower, upper] = label
			.trim()
			.replace(/^\[|[[\]]$/g, '')
			.split(' ; ');
		expect(lower).not.toBe(upper);
	}
});

test('the tooltip of a rate shows the count and the population behind it, and the ranks', async ({
	page
}) => {
	await open(page, '/');
	await page.locator('.map path[data-code="38"]').hover();
	const tooltip = page.locator('.tooltip');
	await expect(tooltip).toContainText(/\d+,\d\u00a0établissements pour 10 000 hab\./);
	await expect(tooltip).toContainText(
		/[\d\u202f]+\u00a0établissements \(2021\) \/ [\d\u202f]+\u00a0habitants \(2023\)/
	);
	await expect(tooltip).toContainText(/\d+ᵉ sur 24 parmi les départements affichés/);
	await expect(tooltip).toContainText(/\d+ᵉ sur 12 dans sa région/);
});
