/**
 * The benchmark's database: a fresh `kinerja_bench` on PostgreSQL or a PGlite data directory, seeded with a
 * synthetic kabupaten and its year through the project's seeders, the bench accounts, and the ids the measured
 * routes need (chosen so that each signed-in person has the data the route shows).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase, type Database } from '../../src/server/platform/db/client.js';
import { users } from '../../src/server/platform/db/schema.js';
import { hashPassword, randomToken } from '../../src/server/platform/security.js';
import { planSynthetic, seedSynthetic } from '../../src/server/seed/synthetic.js';
import { seedSyntheticYear, type SyntheticYearResult } from '../../src/server/seed/synthetic-year.js';

export const BENCH_DB = 'kinerja_bench';

export interface BenchDatabase {
  kind: 'postgres' | 'pglite';
  describe: string;
  /** the environment that points the server at it */
  serverEnv: Record<string, string>;
  open: () => Promise<Database>;
  cleanup: (keep?: boolean) => Promise<void>;
}

export async function prepareDatabase(embedded: boolean, databaseUrl: string): Promise<BenchDatabase> {
  if (embedded) {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-bench-'));
    return {
      kind: 'pglite',
      describe: `PGlite (embedded, data directory in ${dir})`,
      serverEnv: { KINERJA_DATA_DIR: dir },
      open: () => openDatabase({ dataDir: dir }),
      cleanup: async (keep = false) => {
        if (!keep) rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = await openDatabase({ databaseUrl, poolSize: 1 });
  await admin.exec(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  await admin.exec(`CREATE DATABASE ${BENCH_DB}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${BENCH_DB}`;
  const [v] = await admin.query<{ server_version: string }>('SHOW server_version');
  const shown = new URL(url);
  if (shown.password) shown.password = '***';
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-bench-files-'));
  return {
    kind: 'postgres',
    describe: `PostgreSQL ${v?.server_version ?? '?'} (${shown.host}, database ${BENCH_DB})`,
    serverEnv: { DATABASE_URL: url.toString(), KINERJA_DATA_DIR: dataDir },
    open: () => openDatabase({ databaseUrl: url.toString(), poolSize: 4 }),
    cleanup: async (keep = false) => {
      if (!keep) {
        await admin.exec(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
        rmSync(dataDir, { recursive: true, force: true });
      }
      await admin.close();
    },
  };
}

export interface Fixture {
  password: string;
  year: SyntheticYearResult;
  seedSeconds: number;
  seedSteps: Array<[string, number]>;
  units: number;
  employees: number;
  hrUser: string;
  auditorUser: string;
  employee: { username: string; id: string; planId: string };
  supervisor: { username: string; id: string; team: number };
  unit: { id: string; name: string; employees: number };
  evaluatedPeriodId: string | null;
  crowdPeriodId: string;
  crowd: Array<{ username: string; planId: string; indicatorIds: string[] }>;
  pdfPlanIds: string[];
  search: { name: string; nipPrefix: string; deepOffset: number };
}

const num = (v: unknown) => Number(v ?? 0);

export async function seedFixture(
  database: Database,
  opts: { employees: number; crowdUsers: number; pdfs: number },
  log: (line: string) => void,
): Promise<Fixture> {
  await database.migrate();
  const password = randomToken(18);
  const passwordHash = await hashPassword(password);
  const t0 = performance.now();
  const seedSteps: Array<[string, number]> = [];
  let last = 0;
  const org = await seedSynthetic(database, {
    employees: opts.employees,
    onProgress: (done, total) => {
      if (done - last >= total / 4 || done === total) {
        last = done;
        log(`  organisation: ${done}/${total} employees`);
      }
    },
  });
  seedSteps.push(['organisation', (performance.now() - t0) / 1000]);
  const year = await seedSyntheticYear(database, {
    passwordHash,
    onStep: (step, seconds) => {
      seedSteps.push([step, seconds]);
      log(`  ${step}: ${seconds.toFixed(1)} s`);
    },
  });
  const seedSeconds = (performance.now() - t0) / 1000;
  log(`Seeded in ${seedSeconds.toFixed(1)} s: ${JSON.stringify(year.counts)}`);
  if (database.kind === 'postgres') await database.exec('ANALYZE');

  await database.db.insert(users).values([
    { username: 'bench-hr', passwordHash, roles: ['hr_admin'] },
    { username: 'bench-auditor', passwordHash, roles: ['auditor'] },
  ]);

  const q = database.query.bind(database);
  const n = org.employees;
  const [employee] = await q<{ id: string; nip: string; plan_id: string }>(
    `SELECT e.id, e.nip, w.id AS plan_id FROM employees e
     JOIN work_plans w ON w.employee_id = e.id AND w.status = 'approved'
     WHERE e.supervisor_id IS NOT NULL AND e.position_type IN ('pelaksana', 'fungsional')
       AND EXISTS (SELECT 1 FROM feedback f WHERE f.work_plan_id = w.id)
     ORDER BY e.nip OFFSET $1 LIMIT 1`,
    [Math.floor(n * 0.3)],
  );
  const [supervisor] = await q<{ id: string; nip: string; team: string }>(
    `SELECT s.id, s.nip, count(*) AS team FROM employees e JOIN employees s ON s.id = e.supervisor_id
     GROUP BY s.id, s.nip ORDER BY count(*) DESC, s.nip LIMIT 1`,
  );
  const [unit] = await q<{ id: string; name: string; employees: string }>(
    `WITH RECURSIVE t AS (
       SELECT u.id, u.id AS top FROM units u JOIN units r ON r.id = u.parent_id WHERE r.parent_id IS NULL
       UNION ALL SELECT u.id, t.top FROM units u JOIN t ON u.parent_id = t.id)
     SELECT t.top AS id, (SELECT name FROM units WHERE id = t.top) AS name, count(e.id) AS employees
     FROM t JOIN employees e ON e.unit_id = t.id GROUP BY t.top ORDER BY count(e.id) DESC LIMIT 1`,
  );
  const periods = await q<{ id: string; index: number; kind: string; start_date: string; end_date: string }>(
    `SELECT id, index, kind, start_date::text, end_date::text FROM periods WHERE cycle_id = $1 ORDER BY kind, index`,
    [year.cycleId],
  );
  const periodic = periods.filter((p) => p.kind === 'periodic');
  const today = new Date().toISOString().slice(0, 10);
  const crowdPeriod =
    periodic.find((p) => p.start_date <= today && today <= p.end_date) ?? periodic[periodic.length - 1]!;
  const evaluated = periodic.find((p) => p.index === year.evaluatedPeriods) ?? null;

  // The crowd: approved plans spread evenly over the whole organisation (every k-th by NIP).
  const crowdPlans = await q<{ nip: string; plan_id: string }>(
    `WITH a AS (
       SELECT e.nip, w.id AS plan_id, row_number() OVER (ORDER BY e.nip) AS rn, count(*) OVER () AS total
       FROM employees e JOIN work_plans w ON w.employee_id = e.id AND w.status = 'approved')
     SELECT nip, plan_id FROM a WHERE (rn - 1) % greatest(1, total / $1) = 0 ORDER BY nip LIMIT $1`,
    [opts.crowdUsers],
  );
  const indicators = await q<{ work_plan_id: string; id: string }>(
    `SELECT work_plan_id, id FROM plan_indicators WHERE work_plan_id = ANY($1::uuid[]) ORDER BY work_plan_id, id`,
    [crowdPlans.map((p) => p.plan_id)],
  );
  const byPlan = new Map<string, string[]>();
  for (const i of indicators) byPlan.set(i.work_plan_id, [...(byPlan.get(i.work_plan_id) ?? []), i.id]);
  const pdfPlans = await q<{ id: string }>(
    `SELECT w.id FROM work_plans w JOIN employees e ON e.id = w.employee_id WHERE w.status = 'approved'
     ORDER BY e.nip LIMIT $1`,
    [opts.pdfs],
  );
  const [sample] = await q<{ name: string; nip: string }>(
    'SELECT name, nip FROM employees ORDER BY nip OFFSET $1 LIMIT 1',
    [Math.floor(n * 0.43)],
  );
  if (!employee || !supervisor || !unit || !sample) throw new Error('the seeded data lacks a bench target');
  const namePart =
    sample.name
      .split(',')[0]!
      .split(/\s+/)
      .find((w) => !w.endsWith('.') && w.length > 2) ?? sample.name.slice(0, 4);

  return {
    password,
    year,
    seedSeconds,
    seedSteps,
    units: org.units,
    employees: org.employees,
    hrUser: 'bench-hr',
    auditorUser: 'bench-auditor',
    employee: { username: employee.nip, id: employee.id, planId: employee.plan_id },
    supervisor: { username: supervisor.nip, id: supervisor.id, team: num(supervisor.team) },
    unit: { id: unit.id, name: unit.name, employees: num(unit.employees) },
    evaluatedPeriodId: evaluated?.id ?? null,
    crowdPeriodId: crowdPeriod.id,
    crowd: crowdPlans.map((p) => ({
      username: p.nip,
      planId: p.plan_id,
      indicatorIds: byPlan.get(p.plan_id) ?? [],
    })),
    pdfPlanIds: pdfPlans.map((p) => p.id),
    search: {
      name: namePart,
      nipPrefix: sample.nip.slice(0, 8),
      deepOffset: Math.min(5000, Math.max(0, n - 50)),
    },
  };
}

/**
 * An employee workbook of `rows` new people (another synthetic organisation's staff, NIPs that do not exist yet),
 * in the columns of the HR import page, spread over the existing units; supervisors inside the file.
 */
export async function importWorkbook(database: Database, rows: number): Promise<Buffer> {
  const codes = (await database.query<{ code: string }>('SELECT code FROM units ORDER BY code')).map(
    (u) => u.code,
  );
  const taken = new Set(
    (await database.query<{ nip: string }>('SELECT nip FROM employees')).map((e) => e.nip),
  );
  const plan = planSynthetic(Math.min(rows + 200, 200_000), 4242);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  ws.addRow([
    'nip',
    'nama',
    'jenis_asn',
    'golongan',
    'jabatan',
    'jenis_jabatan',
    'jenjang',
    'kode_unit',
    'nip_atasan',
    'email',
  ]);
  const included = new Set<number>();
  let written = 0;
  plan.employees.forEach((e, i) => {
    if (written >= rows || taken.has(e.nip)) return;
    const boss = e.supervisor !== null && included.has(e.supervisor) ? plan.employees[e.supervisor]!.nip : '';
    ws.addRow([
      e.nip,
      e.name,
      e.asnType,
      e.rank,
      e.positionTitle,
      e.positionType,
      e.functionalLevel ?? '',
      codes[e.unit % codes.length]!,
      boss,
      '',
    ]);
    included.add(i);
    written++;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
