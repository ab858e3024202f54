#!/usr/bin/env node
// Browser journeys with Debian's Chromium (never a downloaded browser). Set E2E_SCREENSHOTS=1 to refresh
// the README screenshots under docs/screenshots.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('/usr/bin/chromium') && !existsSync('/usr/bin/chromium-browser')) {
  console.error('Chromium is missing: install it with `apt-get install -y chromium` (Debian).');
  process.exit(1);
}
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
