import { axeWithEveryRule } from './axeAll';
import { expect, open, test } from './fixtures';

const area = (code: string) => `.map .areas path[data-code="${code}"]`;

test('counts are drawn as proportional circles with a size legend, never as a choropleth', async ({
	page
}) => {
	await open(page, '/?indicator=establishments_2562A_barturning&measure=value');
	const circles = page.locator('.map .circles circle');
	expect(await circles.count()).toBeGreaterThan(10);
	// Haute-Savoie (247 bar-turning establishments) has the largest circle.
	const radii = await circles.evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('r'))));
	expect(Math.max(...radii)).toBeCloseTo(30, 0);
	const fills = await page
		.locator('.map .areas path')
		.evaluateAll((ps) => [...new Set(ps.map((p) => p.getAttribute('fill')))]);
	expect(fills).toEqual(['#f4f1ea']);
	await expect(page.locator('.legend figcaption')).toContainText('Taille des cercles');
	expect(await page.locator('.legend .sizes circle').count()).toBeGreaterThanOrEqual(2);
});

test('each control changes the map and the URL, and back restores the previous view', async ({
	page
}) => {
	await open(page, '/');
	await page.getByLabel('Indicateur', { exact: true }).selectOption('jobs_total_private_dec31');
	await expect(page).toHaveURL(/indicator=jobs_total_private_dec31/);
	await expect(page.locator('#map-heading')).toContainText('2025');
	await page.locator('#year').fill('0');
	await expect(page.locator('#map-heading')).toContainText('2015');
	await page.getByLabel('Mesure').selectOption('change');
	// From the first year, a change runs from it to the latest year.
	await expect(page.locator('#map-heading')).toContainText('évolution, 2015–2025');
	await expect(page.locator('#base option')).toHaveCount(10);
	await page.locator('#base').selectOption('2020');
	await expect(page.locator('#map-heading')).toContainText('2020–2025');
	await page.getByLabel('Classes', { exact: true }).selectOption('ckmeans');
	await page.getByLabel('Nombre de classes').fill('4');
	await page.getByLabel('Nombre de classes').press('Enter');
	await expect(page).toHaveURL(/method=ckmeans/);
	await expect(page).toHaveURL(/classes=4/);
	await page.getByRole('radio', { name: 'Nouvelle-Aquitaine' }).check();
	const shown = page.locator('.map .areas path[data-code]');
	await expect(shown).toHaveCount(12);
	await page.goBack();
	await expect(shown).toHaveCount(24);
	await page.goForward();
	await expect(shown).toHaveCount(12);
	// This series exists by département only: asking for régions keeps départements, with a note.
	await page.getByRole('radio', { name: 'Régions (13)' }).check();
	await expect(page.locator('.notices')).toContainText('n’existe que par département');
	await expect(shown).toHaveCount(12);
	const url = page.url();
	await open(page, '/');
	await open(page, url);
	await expect(shown).toHaveCount(12);
	await expect(page.locator('#map-heading')).toContainText('2020–2025');
	await expect(page.getByLabel('Classes', { exact: true })).toHaveValue('ckmeans');
});

test('changes use a diverging palette centred on 0', async ({ page }) => {
	// From 2023 to 2025, private jobs fell in 16 of the 24 départements and rose in 8.
	await open(page, '/?indicator=jobs_total_private_dec31&measure=change&year=2025&base=2023');
	await expect(page.locator('#map-heading')).toContainText('2023–2025');
	const bounds = await page.locator('.legend li[data-color] .bounds').allTextContents();
	// 0 is a class bound: no class mixes decreases and increases.
	const below = bounds.findIndex((b) => b.endsWith('; 0['));
	expect(below).toBeGreaterThanOrEqual(0);
	expect(bounds[below + 1]).toMatch(/^\[0 ;/);
	const colors = await page
		.locator('.legend li[data-color]')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-color') ?? ''));
	// RdBu: reds (more red than blue) below 0, blues above.
	const redness = (hex: string) => parseInt(hex.slice(1, 3), 16) - parseInt(hex.slice(5, 7), 16);
	expect(redness(colors[below])).toBeGreaterThan(0);
	expect(redness(colors[below + 1])).toBeLessThan(0);
});

test('manual breaks are applied, and breaks out of order get a clear message', async ({ page }) => {
	await open(page, '/?method=manual');
	const input = page.getByRole('textbox', { name: 'Seuils' });
	await input.fill('20 - 25 - 30');
	await input.press('Enter');
	await expect(page.locator('.legend li[data-color]')).toHaveCount(4);
	await expect(page.locator('.legend li[data-color] .bounds').nth(1)).toHaveText('[20 ; 25[');
	await input.fill('30 - 20');
	await input.press('Enter');
	await expect(page.getByText('Les seuils doivent croître : 30 puis 20.')).toBeVisible();
});

test('the map works from the keyboard alone', async ({ page }) => {
	await open(page, '/');
	await page.locator(area('69')).focus();
	await expect(page.locator('.tooltip')).toContainText('Rhône (69)');
	await page.keyboard.press('ArrowRight');
	const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
	expect(['74', '01', '38', '73']).toContain(focused);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`selected=${focused}`));
	await expect(page.locator('.details')).toContainText('Tous les indicateurs');
	await expect(page.locator(area(focused!))).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/selected=/);
	await expect(page.locator('.details')).toHaveCount(0);
});

test('hovering or focusing a legend class highlights its areas', async ({ page }) => {
	await open(page, '/');
	const firstClass = page.locator('.legend li[data-color] button').first();
	await firstClass.hover();
	const dimmed = await page.locator('.map .areas path.dimmed').count();
	const count = parseInt(await firstClass.locator('.count').innerText(), 10);
	expect(dimmed).toBe(24 - count);
	await page.mouse.move(0, 0);
	await expect(page.locator('.map .areas path.dimmed')).toHaveCount(0);
	await firstClass.focus();
	await expect(page.locator('.map .areas path.dimmed')).toHaveCount(24 - count);
});

test('zoom buttons, zoom to a région and reset are kept in the URL, in the order clicked', async ({
	page
}) => {
	await open(page, '/');
	const scale = async () => {
		const transform = await page.locator('svg.map > g').first().getAttribute('transform');
		return Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1]);
	};
	// Clicked at once, while d3-zoom is still loading: the last click wins.
	await page.getByRole('button', { name: 'Zoomer sur Auvergne-Rhône-Alpes' }).click();
	await page.getByRole('button', { name: 'Zoom avant' }).click();
	await expect(page).toHaveURL(/zoom=/);
	await expect.poll(scale).toBeGreaterThan(2);
	await page.getByRole('button', { name: 'Vue d’ensemble' }).click();
	await expect(page).not.toHaveURL(/zoom=/);
	await expect.poll(scale).toBe(1);
	await page.getByRole('button', { name: 'Zoom avant' }).click();
	await expect.poll(scale).toBeCloseTo(1.6, 5);
	await page.reload();
	await expect.poll(scale).toBeCloseTo(1.6, 5);
});

test('zoom to a région is offered for the régions in scope only', async ({ page }) => {
	await open(page, '/?scope=75');
	await expect(page.locator('.map .areas path[data-code]')).toHaveCount(12);
	await expect(page.getByRole('button', { name: 'Zoomer sur Nouvelle-Aquitaine' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Zoomer sur Auvergne-Rhône-Alpes' })).toHaveCount(
		0
	);
});

test('an indicator that exists only for régions switches the level, with a note', async ({
	page
}) => {
	await open(page, '/?indicator=rd_expenditure_DIRD');
	await expect(page.locator('.map .areas path[data-code]')).toHaveCount(13);
	await expect(page.getByText('n’existe qu’au niveau régional')).toBeVisible();
});

test('invalid parameters fall back to defaults with a visible notice', async ({ page }) => {
	await open(page, '/?classes=42&method=magic&indicator=nope&year=1066');
	await expect(page.locator('.notices')).toContainText('classes=42');
	await expect(page.locator('.notices')).toContainText('method=magic');
	await expect(page.locator('.notices')).toContainText('Indicateur « nope » inconnu');
	await expect(page.locator('.map .areas path[data-code]')).toHaveCount(24);
});

for (const [name, query] of [
	['choropleth', ''],
	['symbols', '?indicator=jobs_industry&measure=value'],
	['régions, English', '?indicator=rd_personnel_fte&lang=en&selected=84']
]) {
	test(`no accessibility violation (axe) on the ${name} view`, async ({ page }) => {
		await open(page, `/${query}`);
		await page.locator('.map').waitFor();
		const results = await axeWithEveryRule(page).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);
	});
}

test('the palette, the number of classes and fixed classes change the legend and stay in the URL', async ({
	page
}) => {
	await open(page, '/?indicator=jobs_total_private_dec31&measure=per10k');
	await expect(page.locator('#map-heading')).toContainText('2025');
	const colors = () =>
		page
			.locator('.legend li[data-color]')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-color')));
	const before = await colors();
	await page.getByLabel('Couleurs').selectOption('Oranges');
	await expect(page).toHaveURL(/palette=Oranges/);
	await expect.poll(colors).not.toEqual(before);
	await page.getByLabel('Nombre de classes').fill('7');
	await page.getByLabel('Nombre de classes').press('Enter');
	await expect(page.locator('.legend li[data-color]')).toHaveCount(7);
	// Fixed classes: the bounds stay the same from one year to another.
	await page.getByLabel('Mêmes classes pour toutes les années').check();
	await expect(page).toHaveURL(/fixed=1/);
	const bounds = () => page.locator('.legend li[data-color] .bounds').allTextContents();
	const inner = (all: string[]) => all.slice(1, -1);
	const latest = inner(await bounds());
	await page.locator('#year').fill('0');
	await expect(page.locator('#map-heading')).toContainText('2015');
	expect(inner(await bounds())).toEqual(latest);
});

test('play runs through the years, and pause stops', async ({ page }) => {
	await open(page, '/?indicator=jobs_total_private_dec31&year=2022');
	await expect(page.locator('#map-heading')).toContainText('2022');
	await page.getByRole('button', { name: 'Lecture' }).click();
	await expect(page.locator('#map-heading')).toContainText('2023', { timeout: 5000 });
	await page.getByRole('button', { name: 'Pause' }).click();
	const year = await page.locator('output[for="year"]').textContent();
	await page.waitForTimeout(1500);
	await expect(page.locator('output[for="year"]')).toHaveText(year ?? '');
});

test('changes made within one frame all show, and the URL and history follow in order', async ({
	page
}) => {
	await open(page, '/');
	await page.getByLabel('Indicateur', { exact: true }).hover();
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => {
		const change = (id: string, value: string) => {
			const select = document.querySelector<HTMLSelectElement>(id);
			if (!select) throw new Error(`no ${id}`);
			select.value = value;
			select.dispatchEvent(new Event('change', { bubbles: true }));
		};
		change('#indicator', 'establishments_2562A_barturning');
		change('#measure', 'shareFrance');
	});
	await expect(page.locator('#map-heading')).toContainText('décolletage');
	await expect(page.locator('#map-heading')).toContainText('part de la France');
	await expect(page).toHaveURL(/indicator=establishments_2562A_barturning.*measure=shareFrance/);
	await page.goBack();
	await expect(page).toHaveURL(/indicator=establishments_2562A_barturning/);
	await expect(page).not.toHaveURL(/measure=shareFrance/);
	await expect(page.locator('#map-heading')).not.toContainText('part de la France');
	await page.goBack();
	await expect(page.locator('#map-heading')).toContainText('Établissements industriels (B–E)');
});

test("the sources under the map are the shown figures' own, with their licence, and link to all", async ({
	page
}) => {
	await open(page, '/');
	const sources = page.getByRole('region', { name: 'Sources' });
	// Establishments (URSSAF) per inhabitant (INSEE), and nothing about researchers or jobseekers.
	await expect(sources.getByRole('listitem')).toHaveCount(2);
	await expect(sources.getByRole('listitem').filter({ hasText: 'URSSAF' })).toContainText(
		'Licence : ODbL 1.0'
	);
	await expect(sources.getByRole('listitem').filter({ hasText: 'INSEE' })).toContainText(
		'Licence : Licence Ouverte'
	);
	await sources.getByRole('link', { name: 'Toutes les sources et la méthode' }).click();
	await expect(page).toHaveURL(/\/methodologie$/);

	await open(page, '/?indicator=jobseekers_abc&lang=en');
	const english = page.getByRole('region', { name: 'Sources' });
	await expect(english.getByRole('listitem').filter({ hasText: 'France Travail' })).toHaveCount(1);
	await expect(english.getByRole('listitem').filter({ hasText: 'URSSAF' })).toHaveCount(0);
	await expect(english.getByRole('link', { name: 'All sources and the method' })).toHaveAttribute(
		'href',
		'/methodologie?lang=en'
	);
});
