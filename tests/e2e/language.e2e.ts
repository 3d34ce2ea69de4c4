import { expect, open, test } from './fixtures';

test('the language picked is kept on the links and on later visits, unless an address says otherwise', async ({
	page
}) => {
	await open(page, '/compare');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/compare\?lang=en$/);
	const nav = page.getByRole('navigation', { name: 'Main navigation' });
	await expect(nav.getByRole('link', { name: 'Map' })).toHaveAttribute('href', '/?lang=en');

	// A later visit to addresses without ?lang= (typed, bookmarked): English, and said so.
	await open(page, '/departement/74');
	await expect(page).toHaveURL(/\/departement\/74\?lang=en$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'In short' })).toBeVisible();

	await open(page, '/');
	await expect(page).toHaveURL(/\/\?lang=en$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore the map');
	await expect(page.locator('#map-heading')).toContainText('per 10,000 inhabitants');
	await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	// An address that says its language wins over the one remembered.
	await open(page, '/compare?lang=fr');
	await expect(page).toHaveURL(/\/compare\?lang=fr$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Comparer les régions et les départements'
	);

	// Picking French again is remembered too.
	await page.getByRole('button', { name: 'Français' }).click();
	await open(page, '/departement/74');
	await expect(page).toHaveURL(/\/departement\/74$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { name: 'En bref' })).toBeVisible();
});
