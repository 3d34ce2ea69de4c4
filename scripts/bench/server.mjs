// A static file server for a build folder, as any static host serves adapter-static's output:
// `/compare` is `compare.html`, `/` is `index.html`. Extra documents (the bench's floor page)
// are served from memory. No compression: the bytes are counted gzipped separately.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.png': 'image/png'
};

function candidates(dir, pathname) {
	const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	if (path.endsWith('/')) return [join(dir, path, 'index.html')];
	return [join(dir, path), join(dir, `${path}.html`), join(dir, path, 'index.html')];
}

/** Serves `dir` on 127.0.0.1:`port`; resolves to `{ base, close }`. */
export function serveBuild(dir, port, extra = {}) {
	const server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		if (extra[pathname]) {
			response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
			response.end(extra[pathname]);
			return;
		}
		for (const file of candidates(dir, pathname)) {
			try {
				const body = await readFile(file);
				response.writeHead(200, {
					'content-type': TYPES[extname(file)] ?? 'application/octet-stream'
				});
				response.end(body);
				return;
			} catch {
				/* try the next candidate */
			}
		}
		response.writeHead(404, { 'content-type': 'text/plain' });
		response.end('not found');
	});
	return new Promise((resolve, reject) => {
		server.once('error', (error) =>
			reject(new Error(`cannot serve on port ${port} (${error.message}): set BENCH_PORT`))
		);
		server.listen(port, '127.0.0.1', () =>
			resolve({
				base: `http://127.0.0.1:${port}`,
				close: () => new Promise((done) => server.close(() => done()))
			})
		);
	});
}

/** The same document's `<head>` with a body holding one SVG label and nothing else. */
export function floorDocument(html) {
	const head = html.slice(0, html.indexOf('<body'));
	return `${head}<body><svg class="map" width="40" height="20"><text x="2" y="15">map</text></svg></body>\n</html>\n`;
}
