import { expect, test } from './fixtures';
import { checkLayout } from './layoutChecks';
import {
	COMPARE,
	EXPLORER,
	EXPLORER_DETAILS,
	KEY_FIGURES,
	LANGS,
	METHODOLOGY,
	NOT_FOUND,
	PROFILES,
	SIZES,
	TERRITORY,
	visit,
	withLang,
	type Route
} from './routes';

/**
 * No visible layout defect on any page: no two texts drawn over each other, no text cut by its
 * container or outside its SVG's viewBox, no select cut, no sideways scrolling. Every route at
 * a desktop and a phone size, in French and English (the rules are in layoutChecks.ts).
 * One test visits a group of routes in one page and fails with the whole list of defects.
 */

const GROUPS: Record<string, Route[]> = {
	'the explorer, its details panel and compare': [EXPLORER, EXPLORER_DETAILS, COMPARE],
	'the 24 département profiles': PROFILES.filter((route) => route.path.startsWith('/departement/')),
	'the 13 région profiles': PROFILES.filter((route) => route.path.startsWith('/region/')),
	'the not-found and methodology pages': [NOT_FOUND, METHODOLOGY],
	'the key figures and the territory’s profile': [KEY_FIGURES, TERRITORY]
};

for (const size of SIZES) {
	test.describe(`at ${size.width} × ${size.height}`, () => {
		// Only the not-found page is answered 404; the fixture lets through that one console line.
		test.use({ viewport: size, notFoundPages: true });
		for (const lang of LANGS) {
			for (const [name, routes] of Object.entries(GROUPS)) {
				test(`no text overlaps, is cut or scrolls sideways on ${name} (${lang})`, async ({
					page
				}) => {
					test.setTimeout(120_000);
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
