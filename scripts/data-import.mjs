// Adds a table to data/ with the browser's importer:
//   npm run data:import -- <file> --indicator <id> [--replace] [--label TEXT] [--unit TEXT] [--kind count|rate] [--license NAME] [--code COL] [--year COL] [--value COL] [--category COL] [--indicator NAME]
import { createServer } from 'vite';

const vite = await createServer({
	server: { middlewareMode: true, hmr: false, ws: false },
	appType: 'custom',
	logLevel: 'error'
});
let code = 1;
try {
	const { runImport } = await vite.ssrLoadModule('/src/lib/dataCli/runImport.ts');
	code = await runImport(process.argv.slice(2), {
		out: (t) => console.log(t),
		err: (t) => console.error(t)
	});
} finally {
	await vite.close();
}
process.exit(code);
