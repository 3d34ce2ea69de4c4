// First-load bytes of a page: every response until the network is idle, gzipped (-6) one by one.
import { gzipSync } from 'node:zlib';

function kindOf(url, type) {
	if (url.includes('/data/geo/')) return 'geometry';
	if (url.includes('/data/')) return 'data';
	if (type === 'document') return 'html';
	if (url.endsWith('.js')) return 'js';
	if (url.endsWith('.css')) return 'css';
	return 'other';
}

/** Resolves to { files: [{ url, kind, raw, gzip }], byKind: { kind: { files, raw, gzip } }, gzip }. */
export async function firstLoadBytes(browser, url) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const reading = [];
	page.on('response', (response) =>
		reading.push(
			response
				.body()
				.then((body) => ({
					url: response.url(),
					kind: kindOf(response.url(), response.request().resourceType()),
					raw: body.length,
					gzip: gzipSync(body).length
				}))
				.catch(() => null)
		)
	);
	await page.goto(url, { waitUntil: 'networkidle' });
	const files = (await Promise.all(reading)).filter(Boolean);
	await context.close();
	const byKind = {};
	for (const f of files) {
		byKind[f.kind] ??= { files: 0, raw: 0, gzip: 0 };
		byKind[f.kind].files += 1;
		byKind[f.kind].raw += f.raw;
		byKind[f.kind].gzip += f.gzip;
	}
	return { files, byKind, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}
