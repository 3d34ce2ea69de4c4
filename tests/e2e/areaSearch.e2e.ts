import { expect, open, test } from './fixtures';

const COMMUNES = '/data/geo/communes.json';

test('"Cluses" finds Haute-Savoie, selects it and zooms to it', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await open(page, '/');
	// The list of communes is not part of the first load.
	expect(requested).not.toContain(COMMUNES);
	const box = page.getByRole('combobox', {
		name: 'Rechercher un lieu'
	});
	await box.fill('cluses');
	expect(requested).toContain(COMMUNES);
	const option = page.getByRole('option', {
		name: 'Cluses (commune) → Haute-Savoie (74)',
		exact: true
	});
	await expect(option).toBeVisible();
	await box.press('ArrowDown');
	await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
	await box.press('Enter');
	await expect(page).toHaveURL(/selected=74/);
	await expect(page).toHaveURL(/zoom=/);
	await expect(page.locator('#area-search-status')).toHaveText(
		'Cluses (commune) → Haute-Savoie (74)'
	);
	await expect(page.locator('.map .areas path[data-code="74"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.locator('#area-search-list')).toBeHidden();
});

test('a code or a name without accents finds the département; Escape closes the list', async ({
	page
}) => {
	await open(page, '/?lang=en');
	const box = page.getByRole('combobox', {
		name: 'Find a place'
	});
	await box.fill('puy de dome');
	await expect(page.locator('#area-search-list [role=option]').first()).toHaveText(
		'Puy-de-Dôme (63), département'
	);
	await box.press('Escape');
	await expect(page.locator('#area-search-list')).toBeHidden();
	await box.fill('63');
	await page.getByRole('option', { name: 'Puy-de-Dôme (63), département' }).click();
	await expect(page).toHaveURL(/selected=63/);
});

test('a commune outside the atlas says where it is', async ({ page }) => {
	await open(page, '/');
	const box = page.getByRole('combobox', {
		name: 'Rechercher un lieu'
	});
	await box.fill('Brest');
	await page.getByRole('option', { name: 'Brest (commune) → Finistère (29)', exact: true }).click();
	await expect(page.locator('#area-search-status')).toContainText(
		'Finistère (29), Bretagne : hors du territoire de l’atlas'
	);
	await expect(page).not.toHaveURL(/selected=/);
});
