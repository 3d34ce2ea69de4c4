import { expect, open, test } from './fixtures';

// Industry (URSSAF grand secteur GS1) at 31 December, 2006–2025, from the official file.
test('the year slider runs from 2006 to 2025 and shows a département’s 2006 figure', async ({
	page
}) => {
	await open(page, '/?indicator=jobs_sector_industry_dec31&measure=value');
	await expect(page.locator('#map-heading')).toContainText('2025');
	await expect(page.getByText('20 années, de 2006 à 2025')).toBeVisible();
	await page.locator('#year').fill('0');
	await expect(page.locator('#map-heading')).toContainText('2006');
	await expect(page).toHaveURL(/year=2006/);
	await page.locator('.map .areas path[data-code="74"]').click();
	const drawer = page.getByRole('region', { name: 'Détails' });
	await expect(drawer.getByRole('heading', { name: /Haute-Savoie/ })).toBeVisible();
	// URSSAF: 51,660 industry jobs in Haute-Savoie at 31 December 2006 (sum of its size bands).
	await expect(drawer).toContainText(/51\s660\ssalariés/);
});

test('density per 100 km² is offered from INSEE’s land area, in French and in English', async ({
	page
}) => {
	await open(page, '/?indicator=establishments_sector_industry_dec31&year=2006');
	const measure = page.getByLabel('Mesure');
	await measure.hover();
	await expect(measure.locator('option[value="density"]')).toHaveText('Densité pour 100 km²');
	await measure.selectOption('density');
	await expect(page.locator('#map-heading')).toContainText('pour 100 km², 2006 (superficie 2024)');
	await expect(page.getByText(/INSEE, Base du comparateur de territoires/).first()).toBeVisible();
	await open(page, '/?indicator=establishments_sector_industry_dec31&measure=density&lang=en');
	await expect(page.locator('#map-heading')).toContainText('per 100 km², 2025 (area 2024)');
});
