// The import lines of `npm run bench` (issues 11 and 12), each beside its goal: a generated
// 100 MB commune-level CSV in URSSAF's layout read in Node (the streaming importer of
// data:check) and in Chromium (the import dialog's worker), and a national commune × APE file of
// at least 2 million rows in Node. Each Node run is its own process, so that its peak is its own.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserImport } from './importBrowser.mjs';
import { generateCommuneFile } from './importFiles.mjs';
import { goalLine } from './stats.mjs';

const GOALS = { mbPerSecond: 30, timesFile: 3, nationalPeakMb: 500, longTaskMs: 50 };

function nodeRun(args, env = {}) {
	const out = execFileSync('node', ['scripts/bench/import.mjs', ...args], {
		encoding: 'utf8',
		env: { ...process.env, ...env },
		maxBuffer: 1 << 24
	});
	return JSON.parse(out.trim().split('\n').at(-1));
}

const speedLine = (r) =>
	goalLine(
		'speed',
		r.mbPerSecond,
		`${r.mbPerSecond.toFixed(1)} MB/s (${r.mbPerCpuSecond.toFixed(1)} per CPU s)`,
		GOALS.mbPerSecond,
		`${GOALS.mbPerSecond} MB/s`,
		true
	);

const peakLine = (r) =>
	goalLine(
		'peak memory over the file size',
		r.peakTimesFile,
		`${r.peakMb.toFixed(0)} MB (${r.peakTimesFile.toFixed(1)}×)`,
		GOALS.timesFile,
		'3×'
	);

/** Prints the import lines; `browser` and `base` are the bench's Chromium and server. */
export async function importLines(browser, base, size = 100) {
	const file = join(tmpdir(), `cimes-import-bench-${process.pid}.csv`);
	try {
		const rows = await generateCommuneFile(file, size);
		const node = nodeRun([String(size)], { BENCH_IMPORT_FILE: file });
		console.log(
			`Import of a generated ${node.mb.toFixed(0)} MB commune-level CSV in URSSAF's layout (${rows} rows), in Node (${node.values} figures):`
		);
		console.log(speedLine(node));
		console.log(peakLine(node));
		const chromium = await browserImport(browser, base, file);
		console.log(`The same file in Chromium, the import dialog's worker (${chromium.counts}):`);
		console.log(speedLine(chromium));
		console.log(peakLine(chromium));
		console.log(
			goalLine(
				'longest main-thread task while reading',
				chromium.longestTaskMs,
				`${chromium.longestTaskMs.toFixed(0)} ms`,
				GOALS.longTaskMs,
				'50 ms'
			)
		);
	} catch (error) {
		console.log(`Import bench failed: ${error.message.split('\n')[0]}`);
	} finally {
		rmSync(file, { force: true });
	}
	try {
		const national = nodeRun(['0', 'national']);
		console.log(
			`Import of a generated national commune × APE file (${national.rows} rows, ${national.mb.toFixed(0)} MB), in Node (data:check's path, ${national.values} figures):`
		);
		console.log(speedLine(national));
		console.log(
			goalLine(
				'peak memory',
				national.peakMb,
				`${national.peakMb.toFixed(0)} MB (${national.peakTimesFile.toFixed(2)}× the file)`,
				GOALS.nationalPeakMb,
				'500 MB'
			)
		);
	} catch (error) {
		console.log(`National import bench failed: ${error.message.split('\n')[0]}`);
	}
}
