// Benchmark of the production build in Chromium: first-load bytes, time to map, repaint after an
// indicator change, export times. Prints figures; asserts nothing. Run: npm run bench
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 5;
const CHANGES = 50;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;

function kindOf(url, type) {
	if (url.includes('/data/geo/')) return 'geometry';
	if (url.includes('/data/')) return 'data';
	if (type === 'document') return 'html';
	if (url.endsWith('.js')) return 'js';
	if (url.endsWith('.css')) return 'css';
	return 'other';
}

async function firstLoad(browser) {
	const page = await browser.newPage();
	const bodies = [];
	page.on('response', async (response) => {
		try {
			const body = await response.body();
			bodies.push({
				url: response.url(),
				kind: kindOf(response.url(), response.request().resourceType()),
				raw: body.length,
				gzip: gzipSync(body).length
			});
		} catch {
			/* redirects have no body */
		}
	});
	await page.goto(`${BASE}/`, { waitUntil: 'networkidle' });
	await page.close();
	return bodies;
}

async function timeToMap(browser) {
	const times = { fcp: [], map: [], hydrated: [] };
	for (let i = 0; i < RUNS; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${BASE}/`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const t = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0];
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
			return { fcp, dcl: nav.domContentLoadedEventEnd, hydrated: performance.now() };
		});
		times.fcp.push(t.fcp);
		times.map.push(t.fcp); // the map is in the prerendered HTML: it shows with the first paint
		times.hydrated.push(t.hydrated);
		await context.close();
	}
	return times;
}

async function repaint(browser) {
	const page = await browser.newPage();
	await page.goto(`${BASE}/`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// Load every data file first (as reaching for a control does), so that only repaints count.
	await page.locator('#indicator').hover();
	await page.waitForLoadState('networkidle');
	return page.evaluate(async (changes) => {
		const select = document.querySelector('#indicator');
		const heading = document.querySelector('#map-heading');
		const options = [...select.options].map((o) => o.value);
		const durations = [];
		const frames = [];
		const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
		// Indicators that exist only for régions are skipped: count 50 changes at département level.
		for (let i = 0; durations.length < changes && i < changes * 4; i++) {
			// Each change starts from a settled page, as a reader's would (two frames, not timed).
			await frame();
			await frame();
			const start = performance.now();
			select.value = options[(i + 1) % options.length];
			const changed = new Promise((resolve) => {
				const observer = new MutationObserver(() => {
					observer.disconnect();
					resolve();
				});
				observer.observe(heading, { childList: true, characterData: true, subtree: true });
			});
			select.dispatchEvent(new Event('change', { bubbles: true }));
			await changed;
			// Svelte applies the whole update in one flush; then force style and layout.
			await Promise.resolve();
			document.body.getBoundingClientRect();
			const updated = performance.now();
			await new Promise((resolve) => requestAnimationFrame(() => resolve()));
			// Only départements: an indicator that exists only for régions is left out.
			if (document.querySelectorAll('.map .areas path[data-code]').length === 24) {
				durations.push(updated - start);
				frames.push(performance.now() - start);
			}
		}
		return { durations, frames };
	}, CHANGES);
}

async function exportTimes(browser) {
	const page = await browser.newPage();
	await page.goto(`${BASE}/`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const panel = page.locator('section.map-panel');
	const result = {};
	for (const [name, item] of [
		['PNG 2×', /^2×/],
		['SVG', /^SVG/]
	]) {
		const times = [];
		for (let i = 0; i < RUNS; i++) {
			await panel.getByRole('button', { name: 'Exporter' }).click();
			const start = Date.now();
			await Promise.all([
				page.waitForEvent('download'),
				panel.getByRole('menuitem', { name: item }).click()
			]);
			times.push(Date.now() - start);
		}
		result[name] = times;
	}
	return result;
}

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(BASE)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`vite preview did not answer at ${BASE}`);
}

const server = spawn(
	'node_modules/.bin/vite',
	['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
	{ stdio: 'ignore' }
);
let measuring = true;
// Another server left on the port would be measured instead, with an older build.
server.on('exit', (code) => {
	if (!measuring) return;
	console.error(`vite preview exited (code ${code}): is port ${PORT} already in use?`);
	process.exit(1);
});
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update'
	]
});
try {
	await waitForServer();
	const bodies = await firstLoad(browser);
	console.log('First load of / (production build, gzip -6 of each response):');
	const totals = {};
	for (const b of bodies) {
		totals[b.kind] ??= { raw: 0, gzip: 0, files: 0 };
		totals[b.kind].raw += b.raw;
		totals[b.kind].gzip += b.gzip;
		totals[b.kind].files += 1;
	}
	for (const [kind, t] of Object.entries(totals))
		console.log(
			`  ${kind.padEnd(9)} ${String(t.files).padStart(2)} files  ${kb(t.raw).padStart(9)} raw  ${kb(t.gzip).padStart(8)} gzip`
		);
	if (process.env.VERBOSE)
		for (const b of bodies) console.log(`    ${kb(b.gzip).padStart(8)}  ${b.url}`);
	const all = Object.values(totals).reduce((s, t) => s + t.gzip, 0);
	console.log(
		`  total                              ${kb(all).padStart(8)} gzip   (budget 100 KB; Observable Plot yardstick 93 KB)`
	);

	const times = await timeToMap(browser);
	console.log(
		`Map in the page (first contentful paint; the map is prerendered): median ${ms(median(times.map))}   (yardstick ~500 ms)`
	);
	console.log(`Hydrated (interactive): median ${ms(median(times.hydrated))}`);

	const { durations, frames } = await repaint(browser);
	console.log(
		`Repaint after an indicator change (${durations.length} changes at département level):`
	);
	console.log(
		`  update (script + style + layout): median ${ms(median(durations))}, p95 ${ms(p95(durations))}   (budget 16 ms; yardstick ~30 ms)`
	);
	console.log(
		`  until the next animation frame:   median ${ms(median(frames))}, p95 ${ms(p95(frames))}`
	);

	const exports = await exportTimes(browser);
	for (const [name, t] of Object.entries(exports))
		console.log(
			`Export of the map as ${name}: median ${ms(median(t))} (click to download, ${RUNS} runs)`
		);
} finally {
	measuring = false;
	await browser.close();
	server.kill();
}

// The headless export, no browser: the whole figure set as PNG.
const folder = mkdtempSync(join(tmpdir(), 'cimes-bench-'));
const started = Date.now();
const output = execFileSync(
	'node',
	['scripts/export.mjs', '--all', '--format', 'png', '--out', folder],
	{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
);
const summary = output.trim().split('\n').at(-1);
console.log(
	`Headless export (npm run export -- --all --format png): ${summary} Whole run ${Date.now() - started} ms, Vite start included.`
);
rmSync(folder, { recursive: true, force: true });
