// Headless export of the atlas's figures, without a browser:
//   npm run export -- --view map --indicator establishments_industry --format png --scale 2 --out map.png
//   npm run export -- --all --format svg --out figures/
// The same Svelte components as the browser render on the server (svelte/server), loaded
// through Vite so that $lib and .svelte files resolve as in the app.
import { createServer } from 'vite';

const vite = await createServer({
	server: { middlewareMode: true, hmr: false },
	appType: 'custom',
	logLevel: 'error'
});
let code = 1;
try {
	const { runExport } = await vite.ssrLoadModule('/src/lib/export/cli/runExport.ts');
	code = await runExport(process.argv.slice(2));
} finally {
	await vite.close();
}
process.exit(code);
