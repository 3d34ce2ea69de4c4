import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.md': 'text/markdown; charset=utf-8'
};

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * A plain static host for `build/`, like a CDN: a file, or `<path>.html`, or `<path>/index.html`,
 * and `404.html` with status 404 for anything else. Unlike `vite preview`, it renders nothing.
 */
export async function startStaticHost(root = 'build'): Promise<{ origin: string; server: Server }> {
	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
		const base = join(root, normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
		const candidates = [base, `${base}.html`, join(base, 'index.html')];
		const found = candidates.find(isFile);
		const file = found ?? join(root, '404.html');
		response.writeHead(found ? 200 : 404, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream'
		});
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, server };
}
