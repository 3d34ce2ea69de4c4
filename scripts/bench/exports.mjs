// Export timings: the map as PNG 2× and SVG from the page (click to download), and the headless
// export of the whole figure set (a Node process, Vite start included).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function browserExportTimes(browser, url, runs) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const result = {};
	for (const [name, item] of [
		['PNG 2×', /^2×/],
		['SVG', /^SVG/]
	]) {
		result[name] = [];
		for (let i = 0; i < runs; i++) {
			await page.getByRole('button', { name: 'Exporter' }).first().click();
			const start = Date.now();
			await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('menuitem', { name: item }).first().click()
			]);
			result[name].push(Date.now() - start);
		}
	}
	await context.close();
	return result;
}

/** Resolves to { summary, ms }: the CLI's last line and the whole run's time. */
export function headlessExport() {
	const folder = mkdtempSync(join(tmpdir(), 'cimes-bench-'));
	const started = Date.now();
	try {
		const output = execFileSync(
			'node',
			['scripts/export.mjs', '--all', '--format', 'png', '--out', folder],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
		);
		return { summary: output.trim().split('\n').at(-1), ms: Date.now() - started };
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
