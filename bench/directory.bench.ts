/**
 * Directory benchmark: how fast the employee directory answers for a kabupaten of 10,000 employees.
 *
 *   npm run bench                                   # PostgreSQL at postgres://postgres@127.0.0.1:5432/postgres
 *   BENCH_DATABASE_URL=postgres://u:p@host/db npm run bench
 *   npm run bench -- --pglite                       # embedded PGlite (in memory) instead
 *   npm run bench -- --employees 20000 --duration 20 --connections 20
 *
 * With PostgreSQL it creates a fresh database `kinerja_bench` next to the one in the URL, migrates it, seeds a
 * synthetic organisation, signs in over HTTP, measures each route with autocannon, writes bench/results.md and
 * drops the database again. Not part of `npm test`.
 */
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import cliProgress from 'cli-progress';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/platform/config.js';
import { openDatabase, type Database } from '../src/server/platform/db/client.js';
import { users } from '../src/server/platform/db/schema.js';
import { hashPassword, randomToken } from '../src/server/platform/security.js';
import { seedSynthetic } from '../src/server/seed/synthetic.js';

const BENCH_DB = 'kinerja_bench';
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const RESULTS = fileURLToPath(new URL('./results.md', import.meta.url));

const { values: opts } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    pglite: { type: 'boolean', default: false },
    employees: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    out: { type: 'string', default: RESULTS },
  },
});
// A benchmark tool, not the app: its one setting comes from the environment here (config.ts covers the app).
const databaseUrl = opts['database-url'] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
const employeeCount = Number(opts.employees);
const duration = Number(opts.duration);
const warmup = Number(opts.warmup);
const connections = Number(opts.connections);

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Target {
  name: string;
  path: string;
}

interface Measured extends Target {
  probeStatus: number;
  matched: number | null;
  result: Result;
}

async function openBenchDatabase(): Promise<{
  database: Database;
  describe: string;
  cleanup: () => Promise<void>;
}> {
  if (opts.pglite) {
    const database = await openDatabase({});
    return { database, describe: 'PGlite 0.5 (in memory, in-process)', cleanup: async () => {} };
  }
  const admin = await openDatabase({ databaseUrl, poolSize: 1 });
  await admin.exec(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  await admin.exec(`CREATE DATABASE ${BENCH_DB}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${BENCH_DB}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: Math.max(10, connections) });
  const [v] = await database.query<{ server_version: string }>('SHOW server_version');
  url.password = url.password ? '***' : '';
  return {
    database,
    describe: `PostgreSQL ${v?.server_version ?? '?'} (${url.host}, database ${BENCH_DB}, pool ${Math.max(10, connections)})`,
    cleanup: async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
      await admin.close();
    },
  };
}

async function signIn(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kinerja_session='));
  if (!cookie) throw new Error('sign-in returned no session cookie');
  return cookie.split(';')[0]!;
}

/** One plain request first: its status, and how many rows the query matched (`total` of a list). */
async function probe(base: string, path: string, cookie: string) {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  const text = await res.text();
  let matched: number | null = null;
  try {
    const body = JSON.parse(text) as { total?: unknown };
    if (typeof body.total === 'number') matched = body.total;
  } catch {
    // not JSON: nothing to count
  }
  return { status: res.status, matched };
}

async function measure(base: string, target: Target, cookie: string): Promise<Measured> {
  const { status, matched } = await probe(base, target.path, cookie);
  if (status < 200 || status >= 300) log(`  ! ${target.path} answered ${status}; measuring anyway`);
  const url = `${base}${target.path}`;
  const headers = { cookie };
  if (warmup > 0) await autocannon({ url, connections, duration: warmup, headers });
  const result = await autocannon({ url, connections, duration, headers, title: target.name });
  log(
    `  ${target.name.padEnd(28)} ${result.requests.average.toFixed(0).padStart(7)} req/s  ` +
      `p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  non-2xx ${result.non2xx}`,
  );
  return { ...target, probeStatus: status, matched, result };
}

function report(rows: Measured[], meta: Record<string, string>): string {
  const health = rows[0]!.result.requests.average || 1;
  const lines = [
    '# Directory benchmark',
    '',
    'Generated by `npm run bench` (bench/directory.bench.ts). Each route is measured with autocannon after a',
    `${warmup} s warm-up, against the app built in-process and listening on 127.0.0.1, signed in with a session cookie.`,
    '',
    ...Object.entries(meta).map(([k, v]) => `- **${k}:** ${v}`),
    '',
    '| Endpoint | Path | Matched rows | req/s | p50 ms | p97.5 ms | p99 ms | non-2xx | errors | vs health |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map((r) => {
      const x = r.result;
      const status = r.probeStatus >= 200 && r.probeStatus < 300 ? '' : ` (HTTP ${r.probeStatus})`;
      return (
        `| ${r.name}${status} | \`${r.path}\` | ${r.matched ?? '–'} | ${x.requests.average.toFixed(0)} | ` +
        `${x.latency.p50} | ${x.latency.p97_5} | ${x.latency.p99} | ${x.non2xx} | ${x.errors} | ` +
        `${((x.requests.average / health) * 100).toFixed(0)}% |`
      );
    }),
    '',
    '"vs health" is the throughput relative to `GET /api/health` (one trivial query): the ceiling of the stack on',
    'this machine. "Matched rows" is the `total` the list reported for that query.',
    '',
  ];
  return lines.join('\n');
}

async function main() {
  if (!Number.isInteger(employeeCount) || employeeCount < 100) throw new Error('--employees must be ≥ 100');
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  log(`Opening ${opts.pglite ? 'PGlite' : databaseUrl.replace(/:[^:@/]+@/, ':***@')} …`);
  const { database, describe, cleanup } = await openBenchDatabase();
  let app: FastifyInstance | undefined;
  try {
    await database.migrate();

    const bar = new cliProgress.SingleBar(
      { format: 'Seeding {bar} {percentage}% | {value}/{total}', noTTYOutput: false },
      cliProgress.Presets.shades_classic,
    );
    bar.start(employeeCount, 0);
    const seedStart = performance.now();
    const seeded = await seedSynthetic(database, {
      employees: employeeCount,
      onProgress: (done) => bar.update(done),
    });
    const seedSeconds = (performance.now() - seedStart) / 1000;
    bar.stop();
    log(`Seeded ${seeded.employees} employees in ${seeded.units} units in ${seedSeconds.toFixed(1)} s`);
    if (database.kind === 'postgres') await database.exec('ANALYZE');

    const username = 'bench-admin';
    const password = randomToken(18);
    await database.db
      .insert(users)
      .values({ username, passwordHash: await hashPassword(password), roles: ['admin', 'hr_admin'] });

    app = await buildApp({ database, config: loadConfig({ LOG_LEVEL: 'silent' }), logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no TCP address');
    const base = `http://127.0.0.1:${address.port}`;
    const cookie = await signIn(base, username, password);

    // Search terms taken from the seeded data: a person's given name, and the birth-date part of a NIP.
    const [sample] = await database.query<{ name: string; nip: string }>(
      'SELECT name, nip FROM employees ORDER BY nip OFFSET $1 LIMIT 1',
      [Math.floor(employeeCount * 0.43)],
    );
    if (!sample) throw new Error('no employees seeded');
    const namePart = sample.name
      .split(',')[0]!
      .split(/\s+/)
      .find((w) => !w.endsWith('.'))!;
    const nipPrefix = sample.nip.slice(0, 8);
    const deep = Math.min(5000, Math.max(0, employeeCount - 50));

    const targets: Target[] = [
      { name: 'Health (ceiling)', path: '/api/health' },
      { name: 'Signed-in user (auth only)', path: '/api/v1/auth/me' },
      { name: 'Employees: first page', path: '/api/v1/employees?limit=50' },
      { name: `Employees: deep page`, path: `/api/v1/employees?limit=50&offset=${deep}` },
      { name: 'Employees: name search', path: `/api/v1/employees?q=${encodeURIComponent(namePart)}` },
      { name: 'Employees: NIP search', path: `/api/v1/employees?q=${nipPrefix}` },
    ];
    log(`Measuring ${targets.length} routes, ${duration} s each at ${connections} connections …`);
    const measured: Measured[] = [];
    for (const target of targets) measured.push(await measure(base, target, cookie));

    const cpus = os.cpus();
    const markdown = report(measured, {
      Date: startedAt.toISOString(),
      Machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
      Node: process.version,
      'Load average at start': `${loadAtStart.map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min; other work on the machine skews results)`,
      Database: describe,
      Data: `${seeded.employees} employees in ${seeded.units} units (seedSynthetic, seeded in ${seedSeconds.toFixed(1)} s)`,
      Load: `${connections} connections, ${duration} s per route (autocannon)`,
    });
    writeFileSync(opts.out, markdown);
    log(`\n${markdown}`);
    log(`Wrote ${opts.out}`);
  } finally {
    await app?.close();
    await database.close();
    await cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
});
