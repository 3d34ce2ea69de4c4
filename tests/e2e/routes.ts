import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FOCUS_DEPARTEMENTS } from './fixtures';

/** The 13 régions of metropolitan France, each with a profile page (the app's own list). */
export const REGIONS: string[] = JSON.parse(
	readFileSync(new URL('../../src/lib/geo/metroRegions.json', import.meta.url), 'utf8')
);

export interface Route {
	path: string;
	/** Text that shows the page is complete (content that loads after hydration). */
	waitFor?: RegExp;
}

export const EXPLORER: Route = { path: '/' };
/** The explorer with a département's details panel open ("tous les indicateurs"). */
export const EXPLORER_DETAILS: Route = {
	path: '/?selected=74',
	waitFor: /tous les indicateurs|all indicators/i
};
export const COMPARE: Route = { path: '/compare' };
export const KEY_FIGURES: Route = { path: '/chiffres-cles' };
export const TERRITORY: Route = { path: '/territoire' };
export const NOT_FOUND: Route = { path: '/nope' };
/** How every figure was obtained; each profile's source lines link here. */
export const METHODOLOGY: Route = { path: '/methodologie' };
export const PROFILES: Route[] = [
	...FOCUS_DEPARTEMENTS.map((code) => ({ path: `/departement/${code}` })),
	...REGIONS.map((code) => ({ path: `/region/${code}` }))
];

export const SIZES = [
	{ width: 1440, height: 900 },
	{ width: 375, height: 812 }
];

export const LANGS = ['fr', 'en'] as const;

export const withLang = (path: string, lang: (typeof LANGS)[number]) =>
	lang === 'fr' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;

/**
 * Like open(), but a page that never hydrates (a broken one) is reported, not waited for, so
 * that one broken route does not hide the others' results.
 */
export async function visit(page: Page, path: string, waitFor?: RegExp): Promise<string[]> {
	await page.goto(path);
	try {
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
		if (waitFor) await page.getByText(waitFor).first().waitFor({ timeout: 15_000 });
	} catch {
		return [`did not finish loading (hydration${waitFor ? ` or ${waitFor}` : ''})`];
	}
	return [];
}
