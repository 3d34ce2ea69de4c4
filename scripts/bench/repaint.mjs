// Repaint after an indicator change, from the reader's key press to the frame that shows it.
//
// The indicator <select> has the focus and Playwright presses ArrowDown/ArrowUp: real (trusted)
// key events, so Chromium changes the option and fires `change` as for a reader. Two figures
// per change, both including style, layout and paint:
// - Event Timing: the `keydown` entry's duration runs from the input's timestamp to the
//   presentation of the next frame (8 ms granularity; entries under 16 ms are not reported,
//   and count as "under 16 ms");
// - end of frame: from the same timestamp to a MessageChannel message posted from the next
//   requestAnimationFrame, which runs once that frame's style, layout and paint are done.
// Only changes that end at département level count (a few indicators exist only for régions).
import { VIEWPORT } from './paint.mjs';

function install() {
	const select = document.querySelector('#indicator');
	const marks = { frames: [], entries: [] };
	Object.defineProperty(window, '__repaint', { value: marks });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (e.name === 'keydown') marks.entries.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'event', durationThreshold: 16 });
	select.addEventListener(
		'keydown',
		(event) => {
			const start = event.timeStamp;
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => marks.frames.push({ start, end: performance.now() });
				channel.port2.postMessage(null);
			});
		},
		{ capture: true }
	);
}

const settle = () =>
	new Promise((resolve) =>
		requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30)))
	);

/** `changes` indicator changes at département level; resolves to { eventTiming, frameEnd } in ms. */
export async function repaintRuns(browser, url, changes) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// Load every data file first (as reaching for a control does), so that only repaints count.
	await page.locator('#indicator').hover();
	await page.waitForLoadState('networkidle');
	await page.evaluate(install);
	await page.focus('#indicator');
	const optionCount = await page.locator('#indicator option').count();
	let index = await page.evaluate(() => document.querySelector('#indicator').selectedIndex);
	let step = 1;
	const kept = [];
	for (let i = 0; kept.length < changes && i < changes * 4; i++) {
		if (index + step < 0 || index + step >= optionCount) step = -step;
		index += step;
		await page.keyboard.press(step > 0 ? 'ArrowDown' : 'ArrowUp');
		await page.evaluate(settle);
		const atDepartements = await page.evaluate(
			() => document.querySelectorAll('svg.map .areas path[data-code]').length === 24
		);
		const marks = await page.evaluate(() => window.__repaint.frames.at(-1));
		if (atDepartements && marks) kept.push(marks);
	}
	const entries = await page.evaluate(() => window.__repaint.entries);
	await context.close();
	// An entry belongs to the key press whose timestamp it starts at.
	const eventTiming = kept.map(
		(k) => entries.find((e) => Math.abs(e.start - k.start) < 1)?.duration ?? 0
	);
	return { eventTiming, frameEnd: kept.map((k) => k.end - k.start) };
}
