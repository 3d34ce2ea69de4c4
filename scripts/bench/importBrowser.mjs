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

const rendererCpu = (info) =>
	info.processInfo.filter((p) => p.type === 'renderer').reduce((s, p) => s + p.cpuTime, 0);

/** Reads `file` through the import dialog of `base`; resolves to speed and memory figures. */
export async function browserImport(browser, base, file) {
	const cdp = await browser.newBrowserCDPSession();
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
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
		const size = statSync(file).size;
		return {
			counts: counts?.trim() ?? '',
			mb: size / 1024 / 1024,
			mbPerSecond: size / 1024 / 1024 / seconds,
			mbPerCpuSecond: size / 1024 / 1024 / cpuSeconds,
			peakMb: (peak - baseline) / 1024 / 1024,
			peakTimesFile: (peak - baseline) / size
		};
	} finally {
		await context.close();
		await cdp.detach();
	}
}
