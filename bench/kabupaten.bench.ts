/**
 * The benchmark suite of issue 13: a synthetic kabupaten measured from outside, against the real server process.
 *
 *   npm run bench                           # PostgreSQL (BENCH_DATABASE_URL, DATABASE_URL or the local server)
 *   npm run bench -- --embedded             # PGlite in a temporary data directory, at kecamatan scale
 *   npm run bench -- --quick                # small and short: to check the suite, not to get numbers
 *   npm run bench -- --workers 2            # passed to the server as KINERJA_WORKERS
 *   npm run bench -- --help                 # every option
 *
 * It seeds a fresh database (`kinerja_bench`, dropped at the end; or a temporary PGlite directory) through the
 * project's seeders, starts `node --import tsx src/server/main.ts` on a free port, signs in over HTTP as people who
 * have the data each route shows, measures, and writes bench/results.md (bench/results-embedded.md with
 * --embedded). Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  cannon,
  crowd,
  median,
  pool,
  probe,
  signIn,
  timedGets,
  whileBusy,
  type CannonRun,
  type CrowdResult,
  type Session,
} from './lib/http.js';
import { renderReport, type Report } from './lib/report.js';
import { ROOT, startServer, type RunningServer } from './lib/server.js';
import { importWorkbook, prepareDatabase, seedFixture, type Fixture } from './lib/setup.js';

const HELP = `Options:
  --embedded            PGlite in a temporary directory (default: PostgreSQL)
  --database-url URL    PostgreSQL server (default: BENCH_DATABASE_URL, DATABASE_URL, postgres://postgres@127.0.0.1:5432/postgres)
  --quick               1,000 employees (200 embedded), 1 run of 2 s, a crowd of 50 for 5 s, 20 PDFs, 500 import rows
  --employees N         employees to seed (default 10000; 500 with --embedded)
  --runs N              runs per read, the median is reported (default 3)
  --duration S          seconds per read and run (default 3)
  --warmup S            seconds of warm-up before a read's first run (default 1)
  --connections LIST    connection levels for the reads (default 10,50; 20 with --embedded)
  --crowd N             signed-in employees in the deadline crowd (default 500)
  --crowd-seconds S     how long the paced crowd records progress (default 60)
  --crowd-think MS      the paced crowd's mean pause between two writes of one person (default 5000)
  --saturation-seconds S  how long the same crowd writes without pauses, for the write throughput (default 20)
  --pdfs N              Dokumen SKP PDFs, sequential and at concurrency 4 (default 1000; 100 embedded)
  --import-rows N       rows of the employee XLSX import (default 10000; 1000 embedded)
  --heavy-seconds S     seconds of /api/health under each heavy request (default 5)
  --workers N           KINERJA_WORKERS for the server (default: unset, the server's own default)
  --build-web           build the web app first if dist/web is missing, to report its initial JS
  --seed-only           seed, report the seed time and the row counts, and stop (no server)
  --only LIST           run only these parts and print their figures without writing a report (for profiling):
                        reads, heavy, crowd, pdfs, xlsx, import (comma-separated)
  --keep                keep the seeded database (kinerja_bench or the PGlite directory) for profiling by hand
  --out FILE            where to write the results (default bench/results.md or bench/results-embedded.md)`;

const { values: opts } = parseArgs({
  options: {
    embedded: { type: 'boolean', default: false },
    pglite: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
    quick: { type: 'boolean', default: false },
    employees: { type: 'string' },
    runs: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    crowd: { type: 'string' },
    'crowd-seconds': { type: 'string' },
    'crowd-think': { type: 'string' },
    'saturation-seconds': { type: 'string' },
    pdfs: { type: 'string' },
    'import-rows': { type: 'string' },
    'heavy-seconds': { type: 'string' },
    workers: { type: 'string' },
    'build-web': { type: 'boolean', default: false },
    'seed-only': { type: 'boolean', default: false },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(HELP);
  process.exit(0);
}

const embedded = opts.embedded || opts.pglite;
const quick = opts.quick;
const int = (v: string | undefined, dflt: number, name: string, min = 0) => {
  const n = v === undefined ? dflt : Number(v);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}`);
  return n;
};
const PARTS = ['reads', 'heavy', 'crowd', 'pdfs', 'xlsx', 'import'];
const only = opts.only ? new Set(opts.only.split(',').map((p) => p.trim())) : null;
for (const p of only ?? [])
  if (!PARTS.includes(p)) throw new Error(`--only: unknown part "${p}" (${PARTS.join(', ')})`);
const want = (part: string) => !only || only.has(part);
const cfg = {
  employees: int(opts.employees, quick ? (embedded ? 200 : 1000) : embedded ? 500 : 10_000, 'employees', 20),
  runs: int(opts.runs, quick ? 1 : 3, 'runs', 1),
  duration: int(opts.duration, quick ? 2 : 3, 'duration', 1),
  warmup: int(opts.warmup, quick ? 0 : 1, 'warmup'),
  connections: (opts.connections ?? (embedded ? '20' : '10,50'))
    .split(',')
    .map((c) => int(c, 10, 'connections', 1)),
  crowd: int(opts.crowd, quick ? 50 : 500, 'crowd', 1),
  crowdSeconds: int(opts['crowd-seconds'], quick ? 5 : 60, 'crowd-seconds', 1),
  crowdThinkMs: int(opts['crowd-think'], 5000, 'crowd-think'),
  saturationSeconds: int(opts['saturation-seconds'], quick ? 3 : 20, 'saturation-seconds', 1),
  pdfs: int(opts.pdfs, quick ? 20 : embedded ? 100 : 1000, 'pdfs', 1),
  importRows: int(opts['import-rows'], quick ? 500 : embedded ? 1000 : 10_000, 'import-rows', 1),
  heavySeconds: int(opts['heavy-seconds'], quick ? 2 : 5, 'heavy-seconds', 1),
  workers: opts.workers,
};
// A benchmark tool, not the app: its settings come from the command line and the environment here.
const databaseUrl =
  opts['database-url'] ??
  process.env.BENCH_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const out = opts.out ?? join(ROOT, 'bench', embedded ? 'results-embedded.md' : 'results.md');

const benchStart = performance.now();
const log = (line: string) =>
  process.stderr.write(`[${((performance.now() - benchStart) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

export interface ReadTarget {
  name: string;
  path: string;
  as: string;
  session: Session | null;
}

export interface ReadRow {
  name: string;
  path: string;
  as: string;
  status: number;
  matched: number | null;
  /** per connection level: the runs */
  levels: Record<number, { runs: CannonRun[]; ratios: number[] }>;
}

function readTargets(
  f: Fixture,
  s: Record<'hr' | 'auditor' | 'employee' | 'supervisor', Session>,
): ReadTarget[] {
  const cycle = f.year.cycleId;
  const period = f.evaluatedPeriodId ?? f.crowdPeriodId;
  const t = (name: string, path: string, as: keyof typeof s | 'anonymous'): ReadTarget => ({
    name,
    path,
    as,
    session: as === 'anonymous' ? null : s[as],
  });
  return [
    t('Health (ceiling)', '/api/health', 'anonymous'),
    t('Signed-in user (auth/me)', '/api/v1/auth/me', 'employee'),
    t('Home', '/api/v1/home', 'employee'),
    t('Directory: first page', '/api/v1/employees?limit=50', 'hr'),
    t('Directory: deep page', `/api/v1/employees?limit=50&offset=${f.search.deepOffset}`, 'hr'),
    t('Directory: name search', `/api/v1/employees?q=${encodeURIComponent(f.search.name)}`, 'hr'),
    t('Directory: NIP search', `/api/v1/employees?q=${f.search.nipPrefix}`, 'hr'),
    t('My plan', `/api/v1/work-plans/${f.employee.planId}`, 'employee'),
    t('Plan progress grid', `/api/v1/work-plans/${f.employee.planId}/progress-grid`, 'employee'),
    t('My evaluations', `/api/v1/evaluations?employeeId=${f.employee.id}`, 'employee'),
    t('Team evaluation list', `/api/v1/evaluations/team?periodId=${period}`, 'supervisor'),
    t('Completion: agency', `/api/v1/monitoring/completion?cycleId=${cycle}&periodId=${period}`, 'hr'),
    t(
      'Completion: one unit',
      `/api/v1/monitoring/completion?cycleId=${cycle}&periodId=${period}&unitId=${f.unit.id}`,
      'hr',
    ),
    t('Calibration board', `/api/v1/units/${f.unit.id}/calibration?periodId=${period}`, 'hr'),
    t('Distribution', `/api/v1/units/${f.unit.id}/distribution?periodId=${period}`, 'hr'),
    t('Notifications', '/api/v1/notifications', 'employee'),
    t('Audit log: first page', '/api/v1/audit', 'auditor'),
  ];
}

async function measureReads(server: RunningServer, targets: ReadTarget[]): Promise<ReadRow[]> {
  const rows: ReadRow[] = [];
  for (const t of targets) {
    const p = await probe(server.base, t.path, t.session?.cookie ?? '');
    if (p.status < 200 || p.status >= 300)
      log(`  ! ${t.name}: ${t.path} answered ${p.status}: ${p.body.slice(0, 300)}`);
    rows.push({ name: t.name, path: t.path, as: t.as, status: p.status, matched: p.matched, levels: {} });
  }
  const steps = cfg.connections.length * cfg.runs * targets.length;
  let done = 0;
  for (const c of cfg.connections) {
    for (let run = 0; run < cfg.runs; run++) {
      let health = 0;
      for (const [i, t] of targets.entries()) {
        const url = `${server.base}${t.path}`;
        const cookie = t.session?.cookie ?? '';
        if (run === 0 && cfg.warmup > 0) await cannon(url, cookie, c, cfg.warmup);
        const r = await cannon(url, cookie, c, cfg.duration);
        if (i === 0) health = r.rps || 1;
        const level = (rows[i]!.levels[c] ??= { runs: [], ratios: [] });
        level.runs.push(r);
        level.ratios.push(r.rps / health);
        done++;
        log(
          `  [${done}/${steps}] c=${c} run ${run + 1}: ${t.name.padEnd(26)} ${r.rps.toFixed(0).padStart(6)} req/s ` +
            `${((r.rps / health) * 100).toFixed(0).padStart(4)}%  p99 ${r.p99} ms` +
            (r.non2xx || r.errors ? `  non-2xx ${r.non2xx} errors ${r.errors}` : ''),
        );
      }
    }
  }
  return rows;
}

async function measureHeavy(server: RunningServer, f: Fixture, hr: Session) {
  const c = embedded ? 20 : 10;
  const health = `${server.base}/api/health`;
  const period = f.evaluatedPeriodId ?? f.crowdPeriodId;
  const get = async (path: string) => {
    const res = await fetch(`${server.base}${path}`, { headers: { cookie: hr.cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  };
  const heavy: Array<[string, () => Promise<void>]> = [
    [
      'completion XLSX',
      () => get(`/api/v1/monitoring/completion.xlsx?cycleId=${f.year.cycleId}&periodId=${period}`),
    ],
    ['Dokumen SKP PDF', () => get(`/api/v1/work-plans/${f.pdfPlanIds[0]}/document.pdf`)],
    [
      'completion dashboard',
      () => get(`/api/v1/monitoring/completion?cycleId=${f.year.cycleId}&periodId=${period}`),
    ],
  ];
  const alone = await cannon(health, '', c, cfg.heavySeconds);
  log(`  health alone at ${c} connections: ${alone.rps.toFixed(0)} req/s, p99 ${alone.p99} ms`);
  const rows: Array<{ name: string; loops: number; run: CannonRun; failed: string | null }> = [];
  for (const [name, run] of heavy) {
    let failed: string | null = null;
    const guarded = async () => {
      try {
        await run();
      } catch (err) {
        failed ??= (err as Error).message;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const { out, loops } = await whileBusy(guarded, () => cannon(health, '', c, cfg.heavySeconds));
    log(`  health during ${name} (${loops} done): ${out.rps.toFixed(0)} req/s, p99 ${out.p99} ms`);
    rows.push({ name, loops, run: out, failed });
  }
  return { connections: c, alone, rows };
}

async function measureCrowd(
  server: RunningServer,
  f: Fixture,
): Promise<{ paced: CrowdResult; saturated: CrowdResult; signInSeconds: number }> {
  const t0 = performance.now();
  let signed = 0;
  const members = await pool(f.crowd, 4, async (m) => {
    const session = await signIn(server.base, m.username, f.password);
    if (++signed % 100 === 0) log(`  signed in ${signed}/${f.crowd.length}`);
    return { session, planId: m.planId, indicatorIds: m.indicatorIds };
  });
  const signInSeconds = (performance.now() - t0) / 1000;
  const run = async (seconds: number, thinkMs: number) => {
    log(
      `  ${members.length} employees recording for ${seconds} s, ` +
        (thinkMs
          ? `a pause of ${thinkMs} ms on average between two entries …`
          : 'one entry right after another …'),
    );
    const t1 = performance.now();
    let last = 0;
    const r = await crowd(
      server.base,
      members,
      f.crowdPeriodId,
      seconds,
      (n) => {
        const at = Math.floor((performance.now() - t1) / 10_000);
        if (n > 0 && at > last) {
          last = at;
          log(`  crowd: ${n} requests`);
        }
      },
      thinkMs,
    );
    log(
      `  crowd: ${r.requests} requests, ${r.errors} errors, ${r.writesPerSecond.toFixed(0)} writes/s, ` +
        `p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms`,
    );
    return r;
  };
  log(`  ${members.length} employees signed in in ${signInSeconds.toFixed(1)} s`);
  const paced = await run(cfg.crowdSeconds, cfg.crowdThinkMs);
  const saturated = await run(cfg.saturationSeconds, 0);
  return { paced, saturated, signInSeconds };
}

async function measureImport(server: RunningServer, hr: Session, workbook: Buffer) {
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(workbook)], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    'pegawai.xlsx',
  );
  const t0 = performance.now();
  const res = await fetch(`${server.base}/api/v1/imports/employees`, {
    method: 'POST',
    headers: { cookie: hr.cookie, 'x-csrf-token': hr.csrf },
    body: form,
  });
  const text = await res.text();
  const seconds = (performance.now() - t0) / 1000;
  let summary: string;
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    summary = JSON.stringify(
      Object.fromEntries(
        Object.entries(body).filter(([, v]) => typeof v === 'number' || typeof v === 'boolean'),
      ),
    );
  } catch {
    summary = text.slice(0, 200);
  }
  if (res.status !== 200) log(`  ! import answered ${res.status}: ${text.slice(0, 400)}`);
  log(`  import: ${res.status} in ${seconds.toFixed(1)} s ${summary}`);
  return { status: res.status, seconds, summary };
}

function webSize(): { gzipKb: number; files: number } | string {
  const manifest = join(ROOT, 'dist/web/.vite/manifest.json');
  if (!existsSync(manifest) && opts['build-web']) {
    log('Building the web app (vite build) …');
    spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
  }
  if (!existsSync(manifest)) return 'not built (run `npm run build` first, or pass --build-web)';
  const r = spawnSync(process.execPath, ['scripts/size-check.mjs', '--json', '--limit-kb', '1000000'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  try {
    const text = r.stdout.slice(0, r.stdout.lastIndexOf('}') + 1);
    const body = JSON.parse(text) as { total: { gzip: number }; files: unknown[] };
    return { gzipKb: body.total.gzip / 1000, files: body.files.length };
  } catch {
    return `size check failed: ${r.stderr.slice(0, 200)}`;
  }
}

async function main() {
  const startedAt = new Date();
  const loadStart = os.loadavg();
  log(`Kinerja benchmark: ${embedded ? 'embedded PGlite' : 'PostgreSQL'}, ${JSON.stringify(cfg)}`);
  const bench = await prepareDatabase(embedded, databaseUrl);
  let server: RunningServer | undefined;
  try {
    log(`Seeding ${cfg.employees} employees and their year into ${bench.describe} …`);
    const database = await bench.open();
    let fixture: Fixture;
    let workbook: Buffer;
    try {
      fixture = await seedFixture(
        database,
        { employees: cfg.employees, crowdUsers: cfg.crowd, pdfs: cfg.pdfs },
        log,
      );
      log(`Writing the ${cfg.importRows}-row import workbook …`);
      workbook = await importWorkbook(database, cfg.importRows);
    } finally {
      await database.close();
    }
    if (opts['seed-only']) {
      log(
        `Seed only: ${fixture.seedSeconds.toFixed(1)} s for ${fixture.employees} employees (${bench.describe})`,
      );
      return;
    }

    log('Starting the server …');
    server = await startServer(
      {
        ...bench.serverEnv,
        KINERJA_IMPORT_MAX_ROWS: String(Math.max(5000, cfg.importRows)),
        ...(cfg.workers ? { KINERJA_WORKERS: cfg.workers } : {}),
      },
      log,
    );
    await new Promise((r) => setTimeout(r, 1000));
    const rssStart = server.rssNowMb();
    const s = {
      hr: await signIn(server.base, fixture.hrUser, fixture.password),
      auditor: await signIn(server.base, fixture.auditorUser, fixture.password),
      employee: await signIn(server.base, fixture.employee.username, fixture.password),
      supervisor: await signIn(server.base, fixture.supervisor.username, fixture.password),
    };

    log(`Reads: ${cfg.connections.join(' and ')} connections, ${cfg.runs} run(s) of ${cfg.duration} s …`);
    const reads = want('reads') ? await measureReads(server, readTargets(fixture, s)) : [];

    log('Health while a heavy request runs …');
    const heavy = want('heavy') ? await measureHeavy(server, fixture, s.hr) : null;

    log(`Deadline crowd: ${fixture.crowd.length} employees …`);
    const crowdResult = want('crowd') ? await measureCrowd(server, fixture) : null;

    let pdfSeq: Awaited<ReturnType<typeof timedGets>> | null = null;
    let pdfPar: Awaited<ReturnType<typeof timedGets>> | null = null;
    const pdfPaths = fixture.pdfPlanIds.map((id) => `/api/v1/work-plans/${id}/document.pdf`);
    if (want('pdfs')) {
      log(`Dokumen SKP PDFs: ${fixture.pdfPlanIds.length} sequential, then at concurrency 4 …`);
      pdfSeq = await timedGets(server.base, pdfPaths, s.hr.cookie, 1);
      log(`  sequential: ${pdfSeq.seconds.toFixed(1)} s, ${pdfSeq.failed} failed`);
      pdfPar = await timedGets(server.base, pdfPaths, s.hr.cookie, 4);
      log(`  concurrency 4: ${pdfPar.seconds.toFixed(1)} s, ${pdfPar.failed} failed`);
    }

    log('Completion XLSX (3 times) …');
    const period = fixture.evaluatedPeriodId ?? fixture.crowdPeriodId;
    const xlsxPath = `/api/v1/monitoring/completion.xlsx?cycleId=${fixture.year.cycleId}&periodId=${period}`;
    const xlsxRuns = [];
    for (let i = 0; i < (want('xlsx') ? 3 : 0); i++)
      xlsxRuns.push(await timedGets(server.base, [xlsxPath], s.hr.cookie, 1));
    log(`  ${xlsxRuns.map((r) => r.seconds.toFixed(2)).join(', ')} s`);

    log(`Employee import: ${cfg.importRows} rows (XLSX) …`);
    const imported = want('import') ? await measureImport(server, s.hr, workbook) : null;

    const rssPeak = server.peakRssMb();
    if (only || !heavy || !crowdResult || !pdfSeq || !pdfPar || !imported || xlsxRuns.length === 0) {
      log(`Only ${[...(only ?? [])].join(', ')}: no report written (RSS peak ${rssPeak.toFixed(0)} MB)`);
      return;
    }
    const processes = server.processes();
    const coldStartSeconds = server.coldStartSeconds;
    await server.stop();
    server = undefined;
    const web = webSize();
    const loadEnd = os.loadavg();
    const cpus = os.cpus();
    const report: Report = {
      embedded,
      cfg,
      meta: {
        date: startedAt.toISOString(),
        machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
        node: process.version,
        loadStart,
        loadEnd,
        database: bench.describe,
        workers: cfg.workers ?? 'server default',
        totalMinutes: (performance.now() - benchStart) / 60_000,
      },
      fixture,
      reads,
      heavy,
      crowd: crowdResult,
      pdf: { count: pdfPaths.length, sequential: pdfSeq, parallel: pdfPar },
      xlsx: {
        seconds: median(xlsxRuns.map((r) => r.seconds)),
        failed: xlsxRuns.reduce((n, r) => n + r.failed, 0),
        bytes: xlsxRuns[0]!.bytes,
      },
      imported: { rows: cfg.importRows, ...imported },
      server: { coldStartSeconds, rssStart, rssPeak, processes },
      web,
    };
    writeFileSync(out, renderReport(report));
    log(`Wrote ${out} (${report.meta.totalMinutes.toFixed(1)} min in all)`);
  } catch (err) {
    if (server) log(`Server output:\n${server.tail()}`);
    throw err;
  } finally {
    await server?.stop();
    if (opts.keep) log(`Kept the database: ${JSON.stringify(bench.serverEnv)}`);
    await bench.cleanup(opts.keep);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
});
