/**
 * The `kinerja` command: `npm run kinerja -- <command>` (node --import tsx src/cli/main.ts) or the package bin
 * (bin/kinerja.mjs). The environment is handed to the configuration loader here, the CLI's only entry point.
 */
import { run } from './run.js';

const code = await run(process.argv.slice(2), {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
