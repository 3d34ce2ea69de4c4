// Not a command: the one way the scripts load a module of src/ (TypeScript, $lib, .svelte),
// through Vite's SSR loader, so that it resolves as in the app.
import { createServer } from 'vite';

/**
 * Loads the module at `path` (from the project's root: '/src/lib/…'), hands it to `use`, then
 * closes Vite; `use`'s answer is returned.
 * @example const lib = await withViteModule('/src/lib/sources/index.ts', (m) => m);
 */
export async function withViteModule(path, use) {
	const vite = await createServer({
		server: { middlewareMode: true, hmr: false, ws: false },
		appType: 'custom',
		logLevel: 'error'
	});
	try {
		return await use(await vite.ssrLoadModule(path));
	} finally {
		await vite.close();
	}
}

/** A command line's output: lines to stdout and to stderr. */
export const consoleIo = { out: (t) => console.log(t), err: (t) => console.error(t) };

/**
 * Runs a command line from the module at `path`: `run(module, argv)` with this process's
 * arguments gives the exit code, the process's.
 * @example await runCommand('/src/lib/dataCli/runCheck.ts', (m, argv) => m.runCheck(argv, consoleIo));
 */
export async function runCommand(path, run) {
	const argv = process.argv.slice(2);
	process.exit(await withViteModule(path, (module) => run(module, argv)));
}
