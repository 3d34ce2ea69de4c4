// Import bench (issues 11 and 12): a generated file read in Node through the streaming importer
// (open from the head, guess, read chunk by chunk from fs.createReadStream, sum to départements
// and régions), as `npm run data:check` reads it: MB/s and peak memory (RSS sampled every 20 ms,
// over the RSS before the read). Run alone in its own process so that its peak is its own:
//   node scripts/bench/import.mjs [MB] [commune|national]
// commune (default, 100 MB): URSSAF's commune × grand secteur × APE layout, six years;
// national: the national commune × APE layout, 2006–2025, at least 2 million rows (MB ignored).
import { createReadStream, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { generateCommuneFile, generateNationalFile } from './importFiles.mjs';

const MB = Number(process.argv[2] ?? 100);
const layout = process.argv[3] ?? 'commune';
// BENCH_IMPORT_FILE: a file already generated (the bench reads the same one in Chromium).
const given = process.env.BENCH_IMPORT_FILE;
const file = given ?? join(tmpdir(), `cimes-import-bench-${process.pid}.csv`);
const lines = given
	? null
	: layout === 'national'
		? await generateNationalFile(file, Number(process.env.BENCH_NATIONAL_ROWS ?? 2_000_000))
		: await generateCommuneFile(file, MB);
const size = statSync(file).size;
const vite = await createServer({
	server: { middlewareMode: true, hmr: false, ws: false },
	appType: 'custom',
	logLevel: 'error'
});
try {
	const { openHead, readStreamWithChoices, HEAD_BYTES } = await vite.ssrLoadModule(
		'/src/lib/ingest/importStream.ts'
	);
	global.gc?.();
	const before = process.memoryUsage().rss;
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	const start = performance.now();
	const cpuStart = process.cpuUsage();
	const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
	const fd = openSync(file, 'r');
	readSync(fd, head, 0, head.length, 0);
	closeSync(fd);
	const opened = openHead(head, size);
	if (!opened.ok) throw new Error(opened.message ?? 'a workbook');
	const result = await readStreamWithChoices(
		createReadStream(file, { highWaterMark: Number(process.env.BENCH_CHUNK ?? 1 << 20) }),
		opened.file.guess
	);
	const seconds = (performance.now() - start) / 1000;
	const cpu = process.cpuUsage(cpuStart);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	const used = peak - before;
	console.log(
		JSON.stringify({
			layout,
			mb: size / 1024 / 1024,
			lines,
			rows: result.rows,
			accepted: result.accepted,
			values: result.values.length,
			mbPerSecond: size / 1024 / 1024 / seconds,
			// On a shared machine the wall clock counts other processes' turns; CPU time does not.
			mbPerCpuSecond: size / 1024 / 1024 / cpuSeconds,
			peakMb: used / 1024 / 1024,
			peakTimesFile: used / size
		})
	);
} finally {
	await vite.close();
	if (process.env.KEEP) console.log(file);
	else if (!given) rmSync(file, { force: true });
}
