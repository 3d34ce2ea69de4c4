import { axeViolations } from './axeAll';
import { expect, test } from './fixtures';
import {
	COMPARE,
	EXPLORER,
	KEY_FIGURES,
	TERRITORY,
	EXPLORER_DETAILS,
	LANGS,
	METHODOLOGY,
	NOT_FOUND,
	SIZES,
	visit,
	withLang
} from './routes';

/**
 * No accessibility violation with every axe-core rule (axeAll.ts) on one page of each kind,
 * at a desktop and a phone size, in French and English.
 */

const ROUTES = [
	EXPLORER,
	EXPLORER_DETAILS,
	COMPARE,
	{ path: '/departement/74' },
	{ path: '/region/84' },
	KEY_FIGURES,
	TERRITORY,
	NOT_FOUND,
	METHODOLOGY
];

for (const size of SIZES) {
	test.describe(`at ${size.width} × ${size.height}`, () => {
		// Only the not-found page is answered 404; the fixture lets through that one console line.
		test.use({ viewport: size, notFoundPages: true });
		for (const lang of LANGS)
			for (const route of ROUTES) {
				const path = withLang(route.path, lang);
				test(`no violation of any axe rule on ${path}`, async ({ page }) => {
					test.setTimeout(90_000);
					const problems = await visit(page, path, route.waitFor);
					problems.push(...(await axeViolations(page)));
					expect(
						problems.map((problem) => `${path} at ${size.width}×${size.height}: ${problem}`)
					).toEqual([]);
				});
			}
	});
}
