/**
 * The `kinerja` command: `npm run kinerja -- <command>` (node --import tsx src/cli/main.ts) or the package bin
 * (bin/kinerja.mjs). The configuration comes from the process environment, read by platform/config.ts.
 */
import { run } from './run.js';

const code = await run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
