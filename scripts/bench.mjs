// Benchmark of the production build in Chromium, each figure beside its goal (issue 9): first
// load of / in bytes, when the map is painted (cold context, median of 10 loads), repaint after
// an indicator change, export times. Prints figures; asserts nothing. Run: npm run bench
// Environment: BENCH_PORT (default 4175), BENCH_DIR (build folder, default build), BENCH_RUNS
// (loads per figure, default 10), BENCH_EXPORT=0 skips the export timings and BENCH_EXPORT=all
// adds the headless export of every figure (a minute or more), VERBOSE=1 lists files.
// Import lines (scripts/bench/importLines.mjs, a few minutes): BENCH_IMPORT=0 skips them,
// BENCH_IMPORT=only runs them alone; BENCH_IMPORT_MB (default 100) and BENCH_NATIONAL_ROWS
// (default 2000000) size the generated files.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { firstLoadBytes } from './bench/bytes.mjs';
import { browserExportTimes, headlessExport } from './bench/exports.mjs';
import { paintRuns, medianOf, VIEWPORT } from './bench/paint.mjs';
import { importLines } from './bench/importLines.mjs';
import { repaintRuns } from './bench/repaint.mjs';
import { floorDocument, serveBuild } from './bench/server.mjs';
import { goalLine, infoLine, kb, median, ms, p95 } from './bench/stats.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4175);
const DIR = process.env.BENCH_DIR ?? 'build';
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const CHANGES = 50;
const GOALS = { bytes: 90 * 1024, mapPainted: 150, repaintP95: 20 };

const html = readFileSync(join(DIR, 'index.html'), 'utf8');
const server = await serveBuild(DIR, PORT, { '/bench-floor': floorDocument(html) });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update'
	]
});
const home = `${server.base}/`;
const importMb = Number(process.env.BENCH_IMPORT_MB ?? 100);
if (process.env.BENCH_IMPORT === 'only') {
	try {
		await importLines(browser, server.base, importMb);
	} finally {
		await browser.close();
		await server.close();
	}
	process.exit(0);
}
try {
	console.log(
		`Production build (${DIR}/) in Chromium ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}; ` +
			`${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} (figures vary with it)`
	);

	const bytes = await firstLoadBytes(browser, home);
	console.log('First load of / (each response gzipped -6, until the network is idle):');
	for (const [kind, t] of Object.entries(bytes.byKind))
		console.log(infoLine(`${kind} (${t.files} files, ${kb(t.raw)} raw)`, `${kb(t.gzip)} gzip`));
	if (process.env.VERBOSE)
		for (const f of bytes.files) console.log(`    ${kb(f.gzip).padStart(8)}  ${f.url}`);
	console.log(goalLine('total', bytes.gzip, `${kb(bytes.gzip)} gzip`, GOALS.bytes, '90 KB'));

	const loads = await paintRuns(
		browser,
		[
			{ name: 'page', url: home, options: { hydrates: true } },
			{ name: 'noScript', url: home, options: { withoutScripts: true } },
			{ name: 'floor', url: `${server.base}/bench-floor` }
		],
		RUNS
	);
	const painted = loads.page.map((l) => l.map);
	console.log(
		`Map painted (${RUNS} loads, each in a new browser context; the presentation time of the ` +
			"frame that shows the map's last label, by Element Timing: see scripts/bench/paint.mjs):"
	);
	console.log(
		goalLine(
			'map painted, median (p95)',
			median(painted),
			`${ms(median(painted))} (${ms(p95(painted))})`,
			GOALS.mapPainted,
			'150 ms'
		)
	);
	console.log(infoLine('floor: same <head>, one label as body', ms(medianOf(loads.floor, 'map'))));
	console.log(infoLine('first contentful paint', ms(medianOf(loads.page, 'fcp'))));
	console.log(infoLine('map painted without the scripts', ms(medianOf(loads.noScript, 'map'))));
	console.log(infoLine('hydrated (interactive)', ms(medianOf(loads.page, 'hydrated'))));

	const { eventTiming, frameEnd } = await repaintRuns(browser, home, CHANGES);
	const under16 = eventTiming.filter((d) => d < 16).length;
	console.log(
		`Repaint after an indicator change (${frameEnd.length} key presses on the indicator list, ` +
			'département level; style, layout and paint included):'
	);
	const eventShown = (d) => (d < 16 ? '< 16 ms' : ms(d));
	console.log(
		goalLine(
			'to the next frame presented (Event Timing), p95',
			p95(eventTiming),
			`${eventShown(p95(eventTiming))} (median ${eventShown(median(eventTiming))})`,
			GOALS.repaintP95,
			'20 ms'
		)
	);
	console.log(
		infoLine('  changes under 16 ms (not reported)', `${under16} of ${eventTiming.length}`)
	);
	console.log(
		goalLine(
			'to the end of the next frame (rAF + message), p95',
			p95(frameEnd),
			`${ms(p95(frameEnd))} (median ${ms(median(frameEnd))})`,
			GOALS.repaintP95,
			'20 ms'
		)
	);

	if (process.env.BENCH_EXPORT !== '0') {
		const exports = await browserExportTimes(browser, home, 5);
		for (const [name, t] of Object.entries(exports))
			console.log(infoLine(`Export of the map as ${name}, median of 5`, ms(median(t))));
	}
	if (process.env.BENCH_IMPORT !== '0') await importLines(browser, server.base, importMb);
} finally {
	await browser.close();
	await server.close();
}

if (process.env.BENCH_EXPORT === 'all') {
	const run = headlessExport();
	console.log(`Headless export (npm run export -- --all --format png): ${run.summary}`);
	console.log(infoLine('whole run, Vite start included', ms(run.ms)));
}
