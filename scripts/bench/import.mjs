// Import bench (issue 12): a generated commune-level CSV in URSSAF's layout (communes × grand
// secteur × APE, wide by year, ';'), read in Node by the browser's importer (open, guess, read,
// sum to départements and régions): MB/s and peak memory. Run alone in its own process so that
// its peak is its own: node scripts/bench/import.mjs [MB] (default 100).
import { createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { createServer } from 'vite';

const MB = Number(process.argv[2] ?? 100);
const file = join(tmpdir(), `cimes-import-bench-${process.pid}.csv`);
const require = createRequire(import.meta.url);
const communes = require('@etalab/decoupage-administratif/data/communes.json').filter(
	(c) => c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal'
);
const SECTORS = [
	'GS1 Industrie',
	'GS2 Construction',
	'GS3 Commerce',
	'GS4 Hôtellerie',
	'GS5 Services'
];
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

async function generate() {
	const out = createWriteStream(file);
	const header = `Région;Département;Nom commune;Commune;Grand secteur d'activité;APE;Code région;Code département;Code commune;Code APE;${YEARS.map((y) => `Nombre d'établissements ${y};Effectifs salariés ${y}`).join(';')}\n`;
	out.write(header);
	let written = header.length;
	let n = 0;
	while (written < MB * 1024 * 1024) {
		const c = communes[n % communes.length];
		const sector = SECTORS[n % SECTORS.length];
		const ape = `${String(1000 + (n % 8000)).slice(0, 4)}Z`;
		const cells = YEARS.map((_, i) =>
			(n + i) % 17 === 0 ? ';' : `${(n + i) % 40};${((n * 7 + i) % 900) / 2}`
		).join(';');
		const line = `Région;Département;${c.nom};${c.code} ${c.nom};${sector};${ape} Activité;${c.region};${c.departement};${c.code};${ape};${cells}\n`;
		if (!out.write(line)) await new Promise((r) => out.once('drain', r));
		written += Buffer.byteLength(line);
		n++;
	}
	await new Promise((r) => out.end(r));
	return n;
}

const lines = await generate();
const size = statSync(file).size;
const vite = await createServer({
	server: { middlewareMode: true, hmr: false, ws: false },
	appType: 'custom',
	logLevel: 'error'
});
try {
	const { openFile, readWithChoices } = await vite.ssrLoadModule('/src/lib/ingest/importFile.ts');
	global.gc?.();
	const before = process.memoryUsage().rss;
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	const start = performance.now();
	const cpuStart = process.cpuUsage();
	const bytes = new Uint8Array(readFileSync(file));
	const opened = openFile(bytes);
	if (!opened.ok) throw new Error(opened.message);
	const result = readWithChoices(opened.file, opened.file.guess);
	const seconds = (performance.now() - start) / 1000;
	const cpu = process.cpuUsage(cpuStart);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	const used = peak - before;
	console.log(
		JSON.stringify({
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
	if (!process.env.KEEP) rmSync(file, { force: true });
	else console.log(file);
}
