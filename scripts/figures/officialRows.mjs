// Reads the official files of a folder through the source definitions of src/lib/sources and the
// reading core of src/lib/ingest (TypeScript, loaded through Vite: scripts/viteModule.mjs).

import fs from 'node:fs';
import path from 'node:path';
import { withViteModule } from '../viteModule.mjs';

/**
 * @param {string} folder
 * @param {{ only?: string[] }} [options]
 * @returns {Promise<{ rows: Record<string, string>[], readings: { source: string, file: string | null,
 *   rows: number, accepted: number, rejected: number, noData: number, notes: string[],
 *   formatProblems: string[], missing?: string }[],
 *   lib: typeof import('../../src/lib/sources/index.ts') }>}
 */
export async function readOfficialFolder(folder, { only } = {}) {
	const sources = await loadSourcesLib();
	const names = fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
	const rows = [];
	const readings = [];
	for (const source of sources.SOURCE_DEFINITIONS) {
		if (only && !only.includes(source.id)) continue;
		const file = names.find((n) => source.fileName.test(n)) ?? null;
		// No file: the source is not read (its figures stay as committed); callers decide whether that is an error.
		if (!file) {
			readings.push({
				source: source.id,
				file,
				rows: 0,
				accepted: 0,
				rejected: 0,
				noData: 0,
				notes: [],
				formatProblems: [],
				missing: `no file matching ${source.fileName} in ${folder}`
			});
			continue;
		}
		// Read as a stream: the national commune × APE export is larger than memory allows whole.
		const reading = await sources.readSourceStream(
			source,
			fs.createReadStream(path.join(folder, file), { highWaterMark: 1 << 20 })
		);
		rows.push(...reading.rows);
		const { rows: read, accepted, rejected, noData, notes } = reading.result;
		readings.push({
			source: source.id,
			file,
			rows: read,
			accepted,
			rejected,
			noData,
			notes,
			formatProblems: reading.formatProblems
		});
	}
	return { rows, readings, lib: sources };
}

let loaded;
/** src/lib/sources/index.ts, loaded once through Vite. */
export async function loadSourcesLib() {
	loaded ??= await withViteModule('/src/lib/sources/index.ts', (module) => module);
	return loaded;
}
