#!/usr/bin/env node
// Runs the server test suite (domain + HTTP integration) against a real PostgreSQL server.
// TEST_DATABASE_URL defaults to the local server used by CI; each test file gets its own fresh database.
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
};
console.log(`Integration suite on PostgreSQL: ${env.TEST_DATABASE_URL.replace(/:[^:@/]*@/, ':***@')}`);
const result = spawnSync('npx', ['vitest', 'run', '--project', 'server', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
