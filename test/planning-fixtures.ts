import { asc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { cycles, periods } from '../src/server/platform/db/schema.js';
import type { WorkPlanView } from '../src/domain/work-plans/view.js';
import type { Database } from '../src/server/platform/db/client.js';
import { login, type Client, type TestApp } from './helpers.js';
import { adminClient, createEmployee, createUnit, insertUser, PASSWORD } from './factories.js';

/** A cycle row straight into the database (the cycles module has its own tests). */
export async function insertCycle(database: Database, year: number) {
  const [cycle] = await database.db
    .insert(cycles)
    .values({ year, startDate: `${year}-01-01`, endDate: `${year}-12-31`, frequency: 'quarterly' })
    .returning();
  await database.db.insert(periods).values([
    ...[1, 2, 3, 4].map((q) => ({
      cycleId: cycle!.id,
      kind: 'periodic' as const,
      index: q,
      label: `Triwulan ${q} ${year}`,
      startDate: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`,
      endDate: `${year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? '31' : '30'}`,
    })),
    {
      cycleId: cycle!.id,
      kind: 'annual' as const,
      index: 0,
      label: `Tahunan ${year}`,
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
    },
  ]);
  return cycle!;
}

let nextYear = 2026;
/** The cycle a test builds for itself, straight into the database. */
export interface OwnCycle {
  id: string;
  year: number;
  /** Triwulan 1–4, in order */
  quarters: string[];
  annual: string;
}

/**
 * A cycle of its own for one test (database insert, as `insertCycle`): the first call in a test file takes 2026 (the
 * year of the test clock), later calls 2027, 2028, … Plans, evaluations and organisation predicates hang off a cycle's
 * periods, so a test that builds its own cycle shares no data with the other tests of the file. Do not mix with
 * `insertCycle` of a fixed year in the same file.
 */
export async function newCycle(database: Database): Promise<OwnCycle> {
  return ownCycle(database, nextYear++);
}

let lastPastYear = 2026;
/**
 * A cycle of its own that ended before the test clock's day (2025, 2024, …): its evaluations may be finalised at once
 * (a periodic evaluation opens a few days before its period ends, the annual one before the cycle ends).
 */
export async function pastCycle(database: Database): Promise<OwnCycle> {
  return ownCycle(database, --lastPastYear);
}

async function ownCycle(database: Database, year: number): Promise<OwnCycle> {
  const cycle = await insertCycle(database, year);
  const ps = await periodsOf(database, cycle.id);
  return {
    id: cycle.id,
    year,
    quarters: ps.filter((p) => p.kind === 'periodic').map((p) => p.id),
    annual: ps.find((p) => p.kind === 'annual')!.id,
  };
}

let accounts = 0;

export interface Team {
  hr: Client;
  admin: Client;
  /** head of the Dinas: top of the chain (no supervisor) */
  kadis: { id: string; client: Client };
  /** Kepala Puskesmas: supervised by kadis, supervises nurse and midwife */
  kapus: { id: string; client: Client };
  nurse: { id: string; client: Client };
  midwife: { id: string; client: Client };
  /** someone in another unit, unrelated */
  outsider: { id: string; client: Client };
  unitId: string;
}

/**
 * Dinas Kesehatan → Puskesmas with a supervisor chain and an account for each person. Units and people through the
 * API; the accounts are inserted into the database and signed in (creating accounts through the API is the auth
 * tests' subject, and it is the slow part of this setup).
 */
export async function buildTeam(t: TestApp, adminName = 'admin'): Promise<Team> {
  const admin = await adminClient(t.app, t.database, adminName);
  const dinkes = await createUnit(admin, { name: 'Dinas Kesehatan' });
  const pkm = await createUnit(admin, { name: 'Puskesmas Kemuning', parentId: dinkes.id });
  const other = await createUnit(admin, { name: 'Dinas Pendidikan' });
  const kadis = await createEmployee(admin, dinkes.id, {
    name: 'dr. Kepala Dinas',
    positionType: 'jpt',
    rank: 'IV/c',
    positionTitle: 'Kepala Dinas Kesehatan',
  });
  await admin.patch(`/units/${dinkes.id}`, { headId: kadis.id });
  const kapus = await createEmployee(admin, pkm.id, {
    name: 'dr. Kepala Puskesmas',
    supervisorId: kadis.id,
    positionType: 'pengawas',
    rank: 'IV/a',
    positionTitle: 'Kepala Puskesmas',
  });
  await admin.patch(`/units/${pkm.id}`, { headId: kapus.id });
  const nurse = await createEmployee(admin, pkm.id, {
    name: 'Siti Perawat',
    supervisorId: kapus.id,
    positionTitle: 'Perawat Terampil',
  });
  const midwife = await createEmployee(admin, pkm.id, {
    name: 'Bidan Ani',
    supervisorId: kapus.id,
    positionTitle: 'Bidan Terampil',
  });
  const outsider = await createEmployee(admin, other.id, { name: 'Guru Lain' });
  const account = async (id: string) => {
    const username = `${adminName}.team${++accounts}`;
    await insertUser(t.database, username, ['employee'], id);
    return { id, client: await login(t.app, username, PASSWORD) };
  };
  return {
    hr: admin,
    admin,
    kadis: await account(kadis.id),
    kapus: await account(kapus.id),
    nurse: await account(nurse.id),
    midwife: await account(midwife.id),
    outsider: await account(outsider.id),
    unitId: pkm.id,
  };
}

export interface IndicatorInput {
  text?: string;
  aspect?: 'quantity' | 'quality' | 'time' | 'cost';
  target?: number | null;
  targetText?: string | null;
  unit?: string | null;
  direction?: 'higher' | 'lower';
  aggregation?: 'sum' | 'average' | 'latest';
}

export interface ApprovedPlan {
  id: string;
  /** the employee's main result (linked to the assessor's) */
  resultId: string;
  /** the indicators, in the order given */
  indicatorIds: string[];
  /** the assessor's plan (a draft) whose result the employee's result supports */
  leaderPlanId: string;
}

async function ok<T>(
  res: { statusCode: number; body: string; json: <U>() => U },
  status: number,
  what: string,
) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

/** The current plan of `employeeId` in the cycle as `client` sees it, or null. */
async function currentPlanOf(client: Client, cycleId: string, employeeId: string) {
  const list = await ok<{ items: Array<{ id: string }> }>(
    await client.get(`/work-plans?cycleId=${cycleId}&employeeId=${employeeId}`),
    200,
    'list plans',
  );
  return list.items[0]?.id ?? null;
}

/**
 * An approved plan built through the API, as people do it: the assessor (the Kepala Puskesmas; for the Kepala
 * Puskesmas himself, the Kepala Dinas) has a plan with a result; the employee creates a plan, adds a main result
 * linked to it with the given indicators (default: one numeric indicator, target 100), submits it, and the assessor
 * approves it. The Kepala Puskesmas' plan must be built before his staff's in a cycle (their plans make him a
 * draft plan as their leader's).
 */
export async function approvedPlan(
  team: Team,
  cycleId: string,
  options: {
    employee?: 'nurse' | 'midwife' | 'kapus';
    indicators?: IndicatorInput[];
    /** runs on the draft, before the submit (e.g. to set period targets) */
    beforeSubmit?: (planId: string, indicatorIds: string[]) => Promise<void>;
  } = {},
): Promise<ApprovedPlan> {
  const who = options.employee ?? 'nurse';
  const assessor = who === 'kapus' ? team.kadis : team.kapus;
  const employee = team[who];
  const existing = await currentPlanOf(assessor.client, cycleId, assessor.id);
  const leader = existing
    ? await ok<{ id: string; results: Array<{ id: string }> }>(
        await assessor.client.get(`/work-plans/${existing}`),
        200,
        'leader plan',
      )
    : await ok<{ id: string; results: Array<{ id: string }> }>(
        await assessor.client.post('/work-plans', {
          cycleId,
          employeeId: assessor.id,
          approach: 'quantitative',
        }),
        201,
        'leader plan',
      );
  const leaderPlanId = leader.id;
  const leaderResultId =
    leader.results[0]?.id ??
    (
      await ok<{ id: string }>(
        await assessor.client.post(`/work-plans/${leaderPlanId}/results`, {
          kind: 'main',
          text: 'Meningkatnya mutu pelayanan kesehatan dasar',
        }),
        201,
        'leader result',
      )
    ).id;

  const indicators = options.indicators ?? [{}];
  const narrative = indicators.some((i) => i.target === null || i.target === undefined);
  const plan = await ok<{ id: string }>(
    await employee.client.post('/work-plans', {
      cycleId,
      employeeId: employee.id,
      approach: narrative && options.indicators ? 'qualitative' : 'quantitative',
    }),
    201,
    'plan',
  );
  const result = await ok<{ id: string }>(
    await employee.client.post(`/work-plans/${plan.id}/results`, {
      kind: 'main',
      text: 'Terlaksananya pelayanan keperawatan sesuai standar',
      parentResultId: leaderResultId,
    }),
    201,
    'result',
  );
  const indicatorIds: string[] = [];
  for (const [n, i] of indicators.entries()) {
    const body =
      options.indicators === undefined
        ? { text: 'Jumlah pasien yang dilayani', aspect: 'quantity', target: 100, unit: 'pasien' }
        : {
            text: i.text ?? `Indikator ${n + 1}`,
            aspect: i.aspect ?? 'quantity',
            target: i.target ?? null,
            targetText:
              i.targetText ?? (i.target === null || i.target === undefined ? 'Laporan lengkap' : null),
            unit: i.unit ?? (i.target === null || i.target === undefined ? null : 'kegiatan'),
            direction: i.direction ?? 'higher',
            ...(i.aggregation ? { aggregation: i.aggregation } : {}),
          };
    const ind = await ok<{ id: string }>(
      await employee.client.post(`/work-plans/${plan.id}/results/${result.id}/indicators`, body),
      201,
      'indicator',
    );
    indicatorIds.push(ind.id);
  }
  await options.beforeSubmit?.(plan.id, indicatorIds);
  await ok(await employee.client.post(`/work-plans/${plan.id}/submit`), 200, 'submit');
  await ok(await assessor.client.post(`/work-plans/${plan.id}/approve`, {}), 200, 'approve');
  return { id: plan.id, resultId: result.id, indicatorIds, leaderPlanId };
}

/** The periods of a cycle inserted with `insertCycle` (Triwulan 1–4, then Tahunan). */
export async function periodsOf(database: Database, cycleId: string) {
  const rows = await database.db
    .select()
    .from(periods)
    .where(eq(periods.cycleId, cycleId))
    .orderBy(asc(periods.kind), asc(periods.index));
  // 'annual' sorts before 'periodic': put the periodic ones first.
  return [...rows.filter((p) => p.kind === 'periodic'), ...rows.filter((p) => p.kind === 'annual')];
}

/** The audit entries of one record, as the admin reads them (newest first). API. */
export async function auditOf(team: Team, entityType: string, entityId: string) {
  const res = await team.admin.get(`/audit?entityType=${entityType}&entityId=${entityId}&limit=200`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Array<{ action: string; before: unknown; after: unknown }> }>().items;
}

/** A draft plan of `employeeId` for the cycle, started by `client` (the employee or HR). API. */
export async function createPlan(client: Client, cycleId: string, employeeId: string) {
  const res = await client.post('/work-plans', { cycleId, employeeId, approach: 'quantitative' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<WorkPlanView>();
}

/** A measurable main result with one indicator (target 100 pasien), linked to `parentResultId` when given. API. */
export async function addMeasuredResult(
  client: Client,
  planId: string,
  text: string,
  parentResultId?: string,
) {
  const res = await client.post(`/work-plans/${planId}/results`, { kind: 'main', text, parentResultId });
  expect(res.statusCode, res.body).toBe(201);
  const result = res.json<{ id: string }>();
  const ind = await client.post(`/work-plans/${planId}/results/${result.id}/indicators`, {
    text: `Indikator untuk ${text}`,
    aspect: 'quantity',
    target: 100,
    unit: 'pasien',
  });
  expect(ind.statusCode, ind.body).toBe(201);
  return result.id;
}
