import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test as base, expect, open } from './fixtures';
import { startStaticHost } from './staticHost';

// The build served as a plain static host does (404.html for unknown addresses), not by
// `vite preview`, which renders unknown addresses on its server.
const test = base.extend<object, { staticOrigin: string }>({
	staticOrigin: [
		// Playwright reads a fixture's dependencies from this pattern: none here.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const host = await startStaticHost();
			await use(host.origin);
			host.server.close();
		},
		{ scope: 'worker' }
	],
	baseURL: async ({ staticOrigin }, use) => use(staticOrigin)
});
test.use({ notFoundPages: true });

const ADDRESSES = [
	'/departement/99',
	'/departement/75',
	'/departement/2A',
	'/departement/1',
	'/region/xx',
	'/nope'
];

const TEXTS = {
	fr: {
		heading: 'Page introuvable',
		map: 'Retour à la carte',
		tagline: 'L’industrie',
		profiles: 'Les fiches de l’atlas'
	},
	en: {
		heading: 'Page not found',
		map: 'Back to the map',
		tagline: 'Manufacturing',
		profiles: 'The atlas’s profiles'
	}
};

/** Opens an unknown address; checks it is answered 404 and the page is drawn and styled. */
async function openNotFound(page: Page, path: string, lang: 'fr' | 'en') {
	const response = await page.goto(path);
	expect(response?.status()).toBe(404);
	const main = page.locator('main');
	await expect(main.getByRole('heading', { level: 1 })).toHaveText(TEXTS[lang].heading);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	// Styled by app.css: no default body margin, the header band laid out in a row.
	await expect(page.locator('body')).toHaveCSS('margin-top', '0px');
	await expect(page.locator('header.top')).toHaveCSS('display', 'flex');
	await expect(page.locator('header.top')).toContainText(TEXTS[lang].tagline);
	return main;
}

/** The 24 département and 13 région links, named from the geometry, in the page's language. */
async function expectProfileLinks(page: Page, lang: 'fr' | 'en') {
	const query = lang === 'en' ? '?lang=en' : '';
	const profiles = page.getByRole('navigation', { name: TEXTS[lang].profiles });
	await expect(profiles.locator('a[href^="/departement/"]')).toHaveCount(24);
	await expect(profiles.locator('a[href^="/region/"]')).toHaveCount(13);
	await expect(profiles.getByRole('link', { name: 'Haute-Savoie' })).toHaveAttribute(
		'href',
		`/departement/74${query}`
	);
	await expect(profiles.getByRole('link', { name: 'Nouvelle-Aquitaine' })).toHaveAttribute(
		'href',
		`/region/75${query}`
	);
	await expect(page.getByRole('link', { name: TEXTS[lang].map })).toHaveAttribute(
		'href',
		`/${query}`
	);
}

for (const path of ADDRESSES) {
	test(`${path} says it is not found and lists every profile, in French and English`, async ({
		page
	}) => {
		const fr = await openNotFound(page, path, 'fr');
		await expect(fr).toContainText(`« ${path} »`);
		await expectProfileLinks(page, 'fr');

		const en = await openNotFound(page, `${path}?lang=en`, 'en');
		await expect(en).toContainText(`"${path}"`);
		await expectProfileLinks(page, 'en');
	});
}

test('an unknown address follows the language chosen on an earlier visit', async ({ page }) => {
	// Before hydration the button is the prerendered HTML's and a click does nothing.
	await open(page, '/compare');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/\?lang=en$/);
	await openNotFound(page, '/departement/99', 'en');
	await expectProfileLinks(page, 'en');
	await openNotFound(page, '/departement/99?lang=fr', 'fr');
});

test('a profile link from the not-found page opens that profile', async ({ page }) => {
	await openNotFound(page, '/departement/1', 'fr');
	await page.getByRole('link', { name: 'Ain (01)' }).click();
	await expect(page).toHaveURL(/\/departement\/01$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ain (01)');
});

test('the not-found page has no accessibility violation (axe) and fits a 375 px screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await openNotFound(page, '/departement/1?lang=en', 'en');
	await expectProfileLinks(page, 'en');
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
});
