// "Map painted": when the explorer's map is first on screen, per load in a cold browser context.
//
// Method. Element Timing reports, with the presentation time of the frame, the first paint of
// text whose element carries an `elementtiming` attribute; Chromium applies it to SVG <text>.
// Before the page's own scripts run, an init script gives that attribute to each <text> of
// `svg.map` as the parser inserts it (a MutationObserver, which runs before any frame). The
// map's labels come after its area paths in the document, so the paint that shows the last
// label above the fold also shows every area: "map painted" is the latest such paint.
// First contentful paint (Paint Timing) and hydration (`html[data-hydrated]`) are read beside it.
import { median } from './stats.mjs';

export const VIEWPORT = { width: 1440, height: 900 };

function recorder() {
	const marks = { labels: [], paints: {}, hydrated: NaN };
	Object.defineProperty(window, '__bench', { value: marks });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			if (entry.identifier === 'bench-map-label')
				marks.labels.push(entry.renderTime || entry.loadTime);
	}).observe({ type: 'element', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) marks.paints[entry.name] = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
	new MutationObserver((records) => {
		for (const record of records)
			for (const node of record.addedNodes) {
				if (node.nodeType !== 1) continue;
				const texts = node.matches('svg.map text') ? [node] : node.querySelectorAll('svg.map text');
				for (const text of texts) text.setAttribute('elementtiming', 'bench-map-label');
			}
		if (document.documentElement.dataset.hydrated && Number.isNaN(marks.hydrated))
			marks.hydrated = performance.now();
	}).observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * One load of `url` in a fresh context; resolves to { map, labels, fcp, hydrated } in ms.
 * `withoutScripts` drops the document's scripts and module preloads, as with JavaScript off
 * (the recorder still runs: it is Playwright's init script, not the page's). `hydrates`: wait
 * for `html[data-hydrated]`.
 */
export async function loadOnce(browser, url, { withoutScripts = false, hydrates = false } = {}) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	if (withoutScripts)
		await context.route(url, async (route) => {
			const response = await route.fetch();
			const html = (await response.text())
				.replace(/<script[\s\S]*?<\/script>/g, '')
				.replace(/<link[^>]*rel="modulepreload"[^>]*>/g, '');
			await route.fulfill({ response, body: html });
		});
	const page = await context.newPage();
	await page.addInitScript(recorder);
	await page.goto(url, { waitUntil: 'load' });
	if (hydrates && !withoutScripts)
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// Let the frames that show the page be presented and reported.
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)))
	);
	const marks = await page.evaluate(() => ({
		map: window.__bench.labels.length ? Math.max(...window.__bench.labels) : NaN,
		labels: window.__bench.labels.length,
		fcp: window.__bench.paints['first-contentful-paint'] ?? NaN,
		hydrated: window.__bench.hydrated
	}));
	await context.close();
	return marks;
}

/** `runs` loads of each target, interleaved (a, b, c, a, b, c…) so drift hits them alike. */
export async function paintRuns(browser, targets, runs) {
	const results = Object.fromEntries(targets.map((t) => [t.name, []]));
	// One load of each first, not counted: the server's and the disk's caches are warm after it.
	for (const t of targets) await loadOnce(browser, t.url, t.options);
	for (let i = 0; i < runs; i++)
		for (const t of targets) results[t.name].push(await loadOnce(browser, t.url, t.options));
	return results;
}

export const medianOf = (loads, key) => median(loads.map((l) => l[key]));
