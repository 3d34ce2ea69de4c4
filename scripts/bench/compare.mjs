// Compares build folders side by side: each is served on its own port and loaded in turn
// (a, b, c, a, b, c…), so that the machine's load weighs on all alike. For each: first-load
// bytes and when the map is painted (same method as npm run bench).
// Run: node scripts/bench/compare.mjs build /tmp/other-build …   (BENCH_PORT, BENCH_RUNS;
// BENCH_NOSCRIPT=1 drops the documents' scripts, to compare what the HTML and CSS alone cost).
import { chromium } from '@playwright/test';
import { loadavg } from 'node:os';
import { firstLoadBytes } from './bytes.mjs';
import { medianOf, paintRuns } from './paint.mjs';
import { serveBuild } from './server.mjs';
import { kb, median, ms, p95 } from './stats.mjs';

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('usage: node scripts/bench/compare.mjs <build folder>…');
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

const servers = await Promise.all(dirs.map((dir, i) => serveBuild(dir, PORT + i)));
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
try {
	const load = loadavg()[0];
	const bytes = [];
	for (const s of servers) bytes.push(await firstLoadBytes(browser, `${s.base}/`));
	const options = { withoutScripts: process.env.BENCH_NOSCRIPT === '1' };
	const targets = servers.map((s, i) => ({ name: String(i), url: `${s.base}/`, options }));
	const loads = await paintRuns(browser, targets, RUNS);
	console.log(
		`${RUNS} loads each, interleaved; load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}`
	);
	console.log('map painted median (p95) · first contentful paint · first load gzip · build');
	dirs.forEach((dir, i) => {
		const painted = loads[String(i)].map((l) => l.map);
		console.log(
			`${ms(median(painted)).padStart(7)} (${ms(p95(painted)).padStart(7)}) · ` +
				`${ms(medianOf(loads[String(i)], 'fcp')).padStart(7)} · ${kb(bytes[i].gzip).padStart(8)} · ${dir}`
		);
	});
} finally {
	await browser.close();
	await Promise.all(servers.map((s) => s.close()));
}
