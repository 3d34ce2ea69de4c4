import { test as base, expect, type Page } from '@playwright/test';

// What Chromium logs for any document or file answered with status 404.
const NOT_FOUND_LOG =
	'Failed to load resource: the server responded with a status of 404 (Not Found)';

/**
 * Every test fails on a console error, an uncaught exception, or a request that leaves the
 * page's origin (the atlas must work offline and send nothing anywhere).
 * With `notFoundPages: true`, a test of unknown addresses lets through the one line Chromium
 * logs for a page answered with status 404, and only for that page's own address.
 */
export const test = base.extend<{ guard: void; notFoundPages: boolean }>({
	notFoundPages: [false, { option: true }],
	guard: [
		async ({ page, baseURL, notFoundPages }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const notFoundDocuments = new Set<string>();
			page.on('response', (response) => {
				const request = response.request();
				if (response.status() === 404 && request.resourceType() === 'document') {
					notFoundDocuments.add(request.url());
				}
			});
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				const expected =
					notFoundPages &&
					message.text() === NOT_FOUND_LOG &&
					notFoundDocuments.has(message.location().url);
				if (!expected) problems.push(`console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith('data:') && new URL(url).origin !== origin) {
					problems.push(`request left the origin: ${url}`);
				}
			});
			await use();
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Opens a page and waits until it is hydrated (the prerendered HTML shows before that). */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// The explorer shows its first view until the files of the view asked for have loaded.
	await page.locator('.map-panel[aria-busy="true"]').waitFor({ state: 'detached' });
}

export const FOCUS_DEPARTEMENTS = [
	'01',
	'03',
	'07',
	'15',
	'26',
	'38',
	'42',
	'43',
	'63',
	'69',
	'73',
	'74',
	'16',
	'17',
	'19',
	'23',
	'24',
	'33',
	'40',
	'47',
	'64',
	'79',
	'86',
	'87'
];

/**
 * The number at the start of a French figure as shown ("2 193,5 établissements"): narrow
 * no-break spaces group thousands, a space or no-break space comes before the unit.
 */
export function leadingNumber(text: string): number {
	const number = text
		.trim()
		.split(/[ \u00a0]/)[0]
		.replace(/\u202f/g, '')
		.replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(number)) throw new Error(`no number at the start of "${text}"`);
	return Number(number);
}
