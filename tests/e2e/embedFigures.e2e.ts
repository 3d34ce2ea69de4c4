import { test, expect, open } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Opens a figure's export menu, asks for its embed code and returns the iframe's address. */
async function embedSource(page: Page, figure: Locator, lang: 'fr' | 'en'): Promise<URL> {
	await figure.locator('.export-trigger').first().click();
	await page.getByRole('menuitem', { name: lang === 'fr' ? 'Intégrer…' : 'Embed…' }).click();
	const code = await page
		.getByRole('textbox', {
			name: lang === 'fr' ? 'Code à coller dans une page web' : 'Code to paste into a web page'
		})
		.inputValue();
	const src = /<iframe src="([^"]+)"/.exec(code)?.[1].replaceAll('&amp;', '&');
	expect(src, code).toBeTruthy();
	return new URL(src!);
}

/** Visits the embed page and checks it draws one figure titled `title`, with sources and a link back. */
async function expectEmbedded(
	page: Page,
	src: URL,
	title: string,
	back: RegExp,
	lang: 'fr' | 'en'
) {
	await open(page, `${src.pathname}${src.search}`);
	const svg = page.locator('.figure > svg');
	await expect(svg).toBeVisible();
	await expect(svg.locator('title').first()).toHaveText(title);
	await expect(svg).toContainText(lang === 'fr' ? /Sources? :/ : /Sources?:/);
	await expect(page.locator('header, select, button')).toHaveCount(0);
	const link = page.getByRole('link', {
		name: lang === 'fr' ? 'Voir et explorer dans CIMES Atlas' : 'See and explore in CIMES Atlas'
	});
	await expect(link).toHaveAttribute('href', back);
	return svg;
}

/** The value of a trend's last point, read off its value axis (the ticks' labels and positions). */
function lineEnd(svg: Locator): Promise<number> {
	return svg.evaluate((root) => {
		const ticks = [...root.querySelectorAll('g[transform^="translate(0,"] > text')].map((text) => ({
			value: Number(text.textContent?.replace(/\s/g, '').replace(',', '.')),
			y: Number(/translate\(0,([\d.]+)\)/.exec(text.parentElement!.getAttribute('transform')!)![1])
		}));
		const [a, b] = [ticks[0], ticks[ticks.length - 1]];
		const dots = root.querySelectorAll('circle');
		const y = Number(dots[dots.length - 1].getAttribute('cy'));
		return a.value + ((y - a.y) * (b.value - a.value)) / (b.y - a.y);
	});
}

test("a profile's trend embeds as the same trend, with its source and a link back to the profile", async ({
	page
}) => {
	await open(page, '/departement/69');
	const card = page.locator('article.card[data-indicator="jobseekers_abc"]');
	const title = spaced(await card.locator('.trend-title').textContent());
	expect(title).toContain('Rhône');
	const lastCell = card.locator('.chart-table tbody tr').last().locator('td').last();
	const lastValue = Number(
		(await lastCell.textContent())?.replace(/[^\d,]/g, '').replace(',', '.')
	);
	expect(lastValue).toBeGreaterThan(0);
	const src = await embedSource(page, card, 'fr');
	const svg = await expectEmbedded(page, src, title, /\/departement\/69(\?|$)/, 'fr');
	await expect(svg.locator('text', { hasText: /^Rhône$/ })).toHaveCount(1);
	// The line ends at the card's last value, read off the drawn value axis.
	expect(await lineEnd(svg)).toBeCloseTo(lastValue, -lastValue.toFixed(0).length + 3);
});

test("a région's profile trend embeds in English, and the territory's too", async ({ page }) => {
	await open(page, '/region/84?lang=en');
	const card = page.locator('article.card[data-indicator="jobs_sector_industry_dec31"]');
	const title = spaced(await card.locator('.trend-title').textContent());
	expect(title).toContain('Auvergne-Rhône-Alpes');
	const src = await embedSource(page, card, 'en');
	expect(src.searchParams.get('lang')).toBe('en');
	await expectEmbedded(page, src, title, /\/region\/84\?lang=en/, 'en');

	await open(page, '/territoire');
	const territoryCard = page.locator('article.card').filter({ has: page.locator('.trend-title') });
	const territoryTitle = spaced(await territoryCard.first().locator('.trend-title').textContent());
	const territorySrc = await embedSource(page, territoryCard.first(), 'fr');
	await expectEmbedded(page, territorySrc, territoryTitle, /\/territoire(\?|$)/, 'fr');
});

test("the explorer's map embeds as the same map, for the same indicator, level and language", async ({
	page
}) => {
	await open(page, '/?indicator=jobs_industry&level=region&lang=en');
	const panel = page.locator('.map-panel');
	const title = spaced(await panel.locator('#map-heading').textContent());
	const summary = spaced(await panel.locator('#map-summary').textContent());
	const src = await embedSource(page, panel, 'en');
	const svg = await expectEmbedded(page, src, title, /\/\?.*indicator=jobs_industry/, 'en');
	// The highest and lowest areas with their values, as the explorer states them.
	await expect(svg).toContainText(summary.split(';')[0]);
});

test('a key figure of /chiffres-cles embeds as the same card, with its source and a link back', async ({
	page
}) => {
	await open(page, '/chiffres-cles');
	const card = page.locator('article.kf-card').first();
	const title = spaced(await card.locator('h3').evaluate((h) => h.firstChild?.textContent ?? ''));
	const territoryFigure = spaced(await card.locator('li.territory strong').textContent());
	const src = await embedSource(page, card, 'fr');
	const svg = await expectEmbedded(page, src, title, /\/chiffres-cles(\?|$)/, 'fr');
	await expect(svg).toContainText(territoryFigure);
});
