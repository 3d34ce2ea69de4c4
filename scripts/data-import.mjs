// Adds a table to data/ with the browser's importer:
//   npm run data:import -- <file> --indicator <id> [--replace] [--label TEXT] [--unit TEXT] [--kind count|rate] [--license NAME] [--code COL] [--year COL] [--value COL] [--category COL] [--indicator NAME]
import { consoleIo, runCommand } from './viteModule.mjs';

await runCommand('/src/lib/dataCli/runImport.ts', (m, argv) => m.runImport(argv, consoleIo));
