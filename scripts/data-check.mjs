// The join report of a table from the shell, with the browser's importer:
//   npm run data:check -- <file> [--sheet NAME] [--json] [--code COL] [--year COL] [--value COL] [--category COL] [--indicator NAME]
import { consoleIo, runCommand } from './viteModule.mjs';

await runCommand('/src/lib/dataCli/runCheck.ts', (m, argv) => m.runCheck(argv, consoleIo));
