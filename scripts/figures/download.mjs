// Downloads each source's export into a cache folder outside git (.cache/sources/), through the
// fetch layer of src/lib/sources (timeout, retries, truncated bodies), and describes each file
// for data/sources/manifest.json.

import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';

/**
 * @param {{ SOURCE_DEFINITIONS: any[], fetchSource: Function, sha256: Function }} lib
 * @param {string} cacheDir
 * @param {string[] | undefined} only
 * @returns {Promise<{ entries: ({ source: string } & Record<string, unknown>)[], failures: string[] }>}
 */
export async function downloadSources(lib, cacheDir, only) {
	fs.mkdirSync(cacheDir, { recursive: true });
	const entries = [];
	const failures = [];
	for (const source of lib.SOURCE_DEFINITIONS) {
		if (only && !only.includes(source.id)) continue;
		if (!source.downloadUrl) {
			failures.push(`${source.id}: no download address; use --from with its file`);
			continue;
		}
		console.log(`downloading ${source.downloadUrl}`);
		const got = await lib.fetchSource(source.downloadUrl);
		if (!got.ok) {
			failures.push(`${source.id}: ${got.error}`);
			continue;
		}
		const file = source.downloadFileName ?? `${source.id}.csv`;
		let bytes = got.bytes;
		if (source.archiveEntry) {
			const entry = archiveEntry(got.bytes, source.archiveEntry);
			if (typeof entry === 'string') {
				failures.push(`${source.id}: ${source.downloadUrl}: ${entry}`);
				continue;
			}
			bytes = entry;
		}
		fs.writeFileSync(path.join(cacheDir, file), bytes);
		entries.push({
			source: source.id,
			file,
			url: source.downloadUrl,
			retrieved: new Date().toISOString(),
			httpDate: got.date,
			etag: got.etag,
			lastModified: got.lastModified,
			bytes: got.bytes.length,
			sha256: await lib.sha256(got.bytes),
			license: source.license
		});
	}
	return { entries, failures };
}

/**
 * One file of a ZIP archive (INSEE publishes its tables zipped), or why it cannot be had.
 * @param {Uint8Array} bytes
 * @param {string} name
 * @returns {Uint8Array | string}
 */
export function archiveEntry(bytes, name) {
	try {
		const files = unzipSync(bytes, { filter: (f) => f.name === name });
		return files[name] ?? `no file ${name} in the archive`;
	} catch (e) {
		return `not a ZIP archive (${/** @type {Error} */ (e).message})`;
	}
}

/**
 * A manifest entry for a file given with --from (no download).
 * @param {{ sha256: (bytes: Uint8Array) => Promise<string> }} lib
 * @param {{ id: string, license: string }} source
 * @param {string} folder
 * @param {string} file
 */
export async function localEntry(lib, source, folder, file) {
	const bytes = new Uint8Array(fs.readFileSync(path.join(folder, file)));
	return {
		source: source.id,
		file,
		url: null,
		origin: 'local file (--from)',
		bytes: bytes.length,
		sha256: await lib.sha256(bytes),
		license: source.license
	};
}

/**
 * Writes data/sources/manifest.json, replacing the entries of the sources given.
 * @param {string} manifestPath
 * @param {({ source: string } & Record<string, unknown>)[]} entries
 */
export function writeManifest(manifestPath, entries) {
	/** @type {{ source: string }[]} */
	const old = fs.existsSync(manifestPath) ? JSON.parse(fs.readFileSync(manifestPath, 'utf8')) : [];
	const ids = new Set(entries.map((e) => e.source));
	const next = [...old.filter((e) => !ids.has(e.source)), ...entries].sort((a, b) =>
		a.source.localeCompare(b.source)
	);
	fs.writeFileSync(manifestPath, JSON.stringify(next, null, '\t') + '\n');
}
