// The import bench in Chromium: a file given to the import dialog's file input (a path: the
// browser reads it from disk), read by the production build's worker chunk by chunk. Speed from
// the click on "Vérifier" to the report; memory as the renderer processes' RSS (the page and its
// worker), sampled every 50 ms from /proc, over the RSS before the click; their CPU time from
// the DevTools protocol (SystemInfo.getProcessInfo).
import { readFileSync, statSync } from 'node:fs';

function rendererPids(info) {
	return info.processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

function rss(pids) {
	let bytes = 0;
	for (const pid of pids) {
		try {
			const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
			bytes += Number(kb ?? 0) * 1024;
		} catch {
			// The process ended between two samples.
		}
	}
	return bytes;
}

/**
 * In the page, before its scripts: main-thread long tasks (Long Tasks API) and when the import
 * worker's result arrives (a listener added as each Worker is made, before the page's own).
 */
function watchLongTasks() {
	const marks = { longTasks: [], readEnded: Infinity };
	Object.defineProperty(window, '__importBench', { value: marks });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			marks.longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask' });
	const Native = window.Worker;
	window.Worker = class extends Native {
		constructor(url, options) {
			super(url, options);
			this.addEventListener('message', (event) => {
				if (event.data?.type === 'read') marks.readEnded = performance.now();
			});
		}
	};
}

const rendererCpu = (info) =>
	info.processInfo.filter((p) => p.type === 'renderer').reduce((s, p) => s + p.cpuTime, 0);

/** Reads `file` through the import dialog of `base`; resolves to speed and memory figures. */
export async function browserImport(browser, base, file) {
	const cdp = await browser.newBrowserCDPSession();
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	await page.addInitScript(watchLongTasks);
	try {
		await page.goto(`${base}/`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.getByRole('button', { name: 'Importer vos données' }).click();
		const dialog = page.getByRole('dialog', { name: /Importer vos données/ });
		await dialog.locator('input[type="file"]').setInputFiles(file);
		await dialog.getByRole('textbox', { name: 'Nom de l’indicateur' }).fill('Banc');
		const before = await cdp.send('SystemInfo.getProcessInfo');
		const pids = rendererPids(before);
		const baseline = rss(pids);
		let peak = baseline;
		const sampler = setInterval(() => (peak = Math.max(peak, rss(pids))), 50);
		const start = performance.now();
		await page.evaluate(() => window.__importBench.longTasks.splice(0));
		await dialog.getByRole('button', { name: 'Vérifier' }).click();
		await dialog
			.getByRole('heading', { name: 'Rapport de jointure' })
			.waitFor({ timeout: 600_000 });
		const seconds = (performance.now() - start) / 1000;
		clearInterval(sampler);
		peak = Math.max(peak, rss(pids));
		const cpuSeconds =
			rendererCpu(await cdp.send('SystemInfo.getProcessInfo')) - rendererCpu(before);
		const counts = await dialog.locator('ul.counts li').first().textContent();
		const { longTasks, readEnded } = await page.evaluate(() => window.__importBench);
		// Tasks that ended before the worker's result came: the read, not the report drawn after.
		const duringRead = longTasks.filter((t) => t.start + t.duration < readEnded);
		const size = statSync(file).size;
		return {
			counts: counts?.trim() ?? '',
			mb: size / 1024 / 1024,
			mbPerSecond: size / 1024 / 1024 / seconds,
			mbPerCpuSecond: size / 1024 / 1024 / cpuSeconds,
			peakMb: (peak - baseline) / 1024 / 1024,
			peakTimesFile: (peak - baseline) / size,
			longestTaskMs: Math.max(0, ...duringRead.map((t) => t.duration))
		};
	} finally {
		await context.close();
		await cdp.detach();
	}
}
