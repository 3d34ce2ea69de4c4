import type { Page } from '@playwright/test';
import { expect, FOCUS_DEPARTEMENTS, test } from './fixtures';
import { checkLayout } from './layoutChecks';

/**
 * No visible layout defect on any page: no two texts drawn over each other, no text cut by its
 * container or outside its SVG's viewBox, no select cut, no sideways scrolling. Every route at
 * a desktop and a phone size, in French and English (see layoutChecks.ts for the rules).
 * One test visits a group of routes in one page, and fails with the whole list of defects.
 */

const REGIONS = ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'];

interface Route {
	path: string;
	/** Text that shows the page is complete (content that loads after hydration). */
	waitFor?: RegExp;
}

const GROUPS: Record<string, Route[]> = {
	'the explorer, its details panel and compare': [
		{ path: '/' },
		{ path: '/?selected=74', waitFor: /tous les indicateurs|all indicators/ },
		{ path: '/compare' }
	],
	'the 37 profiles': [
		...FOCUS_DEPARTEMENTS.map((code) => ({ path: `/departement/${code}` })),
		...REGIONS.map((code) => ({ path: `/region/${code}` }))
	],
	'the not-found page': [{ path: '/nope' }]
};

const SIZES = [
	{ width: 1440, height: 900 },
	{ width: 375, height: 812 }
];

const withLang = (path: string, lang: 'fr' | 'en') =>
	lang === 'fr' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;

/** Like open(), but a page that never hydrates (a broken one) is reported, not waited for. */
async function visit(page: Page, path: string, waitFor?: RegExp): Promise<string[]> {
	await page.goto(path);
	try {
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 5_000 });
		if (waitFor) await page.getByText(waitFor).first().waitFor({ timeout: 5_000 });
	} catch {
		return [`did not finish loading (hydration${waitFor ? ` or ${waitFor}` : ''})`];
	}
	return [];
}

for (const size of SIZES) {
	test.describe(`at ${size.width} × ${size.height}`, () => {
		test.use({ viewport: size });
		for (const lang of ['fr', 'en'] as const) {
			for (const [name, routes] of Object.entries(GROUPS)) {
				test(`no text overlaps, is cut or scrolls sideways on ${name} (${lang})`, async ({
					page
				}) => {
					test.setTimeout(90_000);
					const defects: string[] = [];
					for (const route of routes) {
						const path = withLang(route.path, lang);
						const problems = await visit(page, path, route.waitFor);
						problems.push(...(await checkLayout(page)));
						const context = `${path} at ${size.width}×${size.height} (${lang})`;
						defects.push(...problems.map((problem) => `${context}: ${problem}`));
					}
					expect(defects).toEqual([]);
				});
			}
		}
	});
}
