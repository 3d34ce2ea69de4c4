// Headless export of the atlas's figures, without a browser:
//   npm run export -- --view map --indicator establishments_industry --format png --scale 2 --out map.png
//   npm run export -- --all --format svg --out figures/
// The same Svelte components as the browser render on the server (svelte/server), loaded
// through Vite so that $lib and .svelte files resolve as in the app.
import { runCommand } from './viteModule.mjs';

await runCommand('/src/lib/export/cli/runExport.ts', (m, argv) => m.runExport(argv));
