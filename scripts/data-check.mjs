// The join report of a table from the shell, with the browser's importer:
//   npm run data:check -- <file> [--sheet NAME] [--json] [--code COL] [--year COL] [--value COL] [--category COL] [--indicator NAME]
import { createServer } from 'vite';

const vite = await createServer({
	server: { middlewareMode: true, hmr: false, ws: false },
	appType: 'custom',
	logLevel: 'error'
});
let code = 1;
try {
	const { runCheck } = await vite.ssrLoadModule('/src/lib/dataCli/runCheck.ts');
	code = await runCheck(process.argv.slice(2), {
		out: (t) => console.log(t),
		err: (t) => console.error(t)
	});
} finally {
	await vite.close();
}
process.exit(code);
