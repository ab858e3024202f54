import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { actingOfficials, cycles, periods, units } from '../../platform/db/schema.js';
import { rowsOf } from '../../platform/db/rows.js';

export const findCycle = async (db: Executor, id: string) =>
  (await db.select().from(cycles).where(eq(cycles.id, id)).limit(1))[0];

export const periodsOfCycle = (db: Executor, cycleId: string) =>
  db
    .select()
    .from(periods)
    .where(eq(periods.cycleId, cycleId))
    .orderBy(asc(periods.kind), asc(periods.index));

export interface TreeUnit {
  id: string;
  code: string;
  name: string;
  parent_id: string | null;
}

/** All units in tree order (depth first, siblings by code). */
export async function unitTree(db: Executor): Promise<TreeUnit[]> {
  return rowsOf<TreeUnit>(
    await db.execute(sql`
      WITH RECURSIVE tree AS (
        SELECT id, ARRAY[lower(code)] AS path, 0 AS depth FROM units WHERE parent_id IS NULL
        UNION ALL
        SELECT u.id, t.path || lower(u.code), t.depth + 1
        FROM units u JOIN tree t ON u.parent_id = t.id WHERE t.depth < 50)
      SELECT u.id, u.code, u.name, u.parent_id FROM tree t JOIN units u ON u.id = t.id ORDER BY t.path`),
  );
}

/** The units the employee heads, or holds as acting official (Plt/Plh) on `today`. */
export async function headedUnits(db: Executor, employeeId: string, today: string): Promise<string[]> {
  const [headed, acting] = await Promise.all([
    db.select({ id: units.id }).from(units).where(eq(units.headId, employeeId)),
    db
      .select({ id: actingOfficials.unitId })
      .from(actingOfficials)
      .where(
        and(
          eq(actingOfficials.employeeId, employeeId),
          sql`${actingOfficials.startDate} <= ${today}`,
          sql`${actingOfficials.endDate} >= ${today}`,
        ),
      ),
  ]);
  return [...new Set([...headed, ...acting].map((r) => r.id))];
}

export interface UnitCountsRow {
  unit_id: string;
  employees: number | string;
  not_started: number | string;
  /** final evaluations for the period */
  evaluated: number | string;
  draft: number | string;
  submitted: number | string;
  returned: number | string;
  approved: number | string;
  reported: number | string;
}

/** Employees who recorded progress for the period (on any version of their plan). */
const reporters = (periodId: string | null) =>
  periodId
    ? sql`SELECT DISTINCT w2.employee_id FROM progress_entries pe
          JOIN work_plans w2 ON w2.id = pe.work_plan_id WHERE pe.period_id = ${periodId}`
    : sql`SELECT NULL::uuid AS employee_id WHERE false`;

/** The days a count looks at: the period's, or the whole cycle's. */
export interface Window {
  from: string;
  to: string;
}

/**
 * Each employee's plan for the window (the plan in force at its end, else the last one in force during it: the same
 * choice as `planForPeriod`); a transfer moves the employee's count to the new unit from the new plan's start.
 */
const planInForce = (cycleId: string, w: Window) => sql`LEFT JOIN LATERAL (
        SELECT w.id, w.status, w.unit_id FROM work_plans w
        WHERE w.employee_id = e.id AND w.cycle_id = ${cycleId} AND w.is_current
          AND w.start_date <= ${w.to} AND (w.end_date IS NULL OR w.end_date >= ${w.from})
        ORDER BY w.start_date DESC LIMIT 1) wp ON true`;

/**
 * The completion numbers of each unit's own active employees, in one GROUP BY: the status of each employee's plan in
 * force in the cycle (none = not started) and whether they reported progress for the period.
 *
 * With `unitIds` (the units of the subtrees asked for, from the cached tree), only those units are counted, in SQL: the
 * employees are found through the units (their own unit, or the unit of their current plan in the cycle; both
 * indexed), and the progress of the period is looked up for them only. Without, every unit of the organisation.
 */
export async function countsByUnit(
  db: Executor,
  cycleId: string,
  periodId: string | null,
  window: Window,
  unitIds: string[] | null = null,
): Promise<UnitCountsRow[]> {
  if (unitIds && unitIds.length === 0) return [];
  const counts = sql`
      SELECT b.unit_id,
        count(*) AS employees,
        count(*) FILTER (WHERE b.plan_id IS NULL) AS not_started,
        count(*) FILTER (WHERE b.status = 'draft') AS draft,
        count(*) FILTER (WHERE b.status = 'submitted') AS submitted,
        count(*) FILTER (WHERE b.status = 'returned') AS returned,
        count(*) FILTER (WHERE b.status = 'approved') AS approved,
        count(*) FILTER (WHERE rp.employee_id IS NOT NULL) AS reported,
        count(*) FILTER (WHERE ev.id IS NOT NULL) AS evaluated
      FROM base b`;
  const evaluated = sql`
      LEFT JOIN evaluations ev ON ev.employee_id = b.id AND ev.period_id = ${periodId} AND ev.status = 'final'
      GROUP BY b.unit_id`;
  const base = (from: SQL, where: SQL) => sql`
      SELECT e.id, COALESCE(wp.unit_id, e.unit_id) AS unit_id, wp.id AS plan_id, wp.status
      FROM ${from}
      ${planInForce(cycleId, window)}
      WHERE ${where}`;
  if (!unitIds) {
    return rowsOf<UnitCountsRow>(
      await db.execute(sql`
      WITH base AS (${base(sql`employees e`, sql`e.active`)})
      ${counts}
      LEFT JOIN (${reporters(periodId)}) rp ON rp.employee_id = b.id
      ${evaluated}`),
    );
  }
  const inUnits = sql`${`{${unitIds.join(',')}}`}::uuid[]`;
  const reportersAmong = periodId
    ? sql`SELECT DISTINCT w2.employee_id FROM progress_entries pe
          JOIN work_plans w2 ON w2.id = pe.work_plan_id
          WHERE pe.period_id = ${periodId} AND w2.employee_id IN (SELECT id FROM base)`
    : reporters(null);
  return rowsOf<UnitCountsRow>(
    await db.execute(sql`
      WITH candidates AS (
        SELECT e.id FROM employees e WHERE e.active AND e.unit_id = ANY(${inUnits})
        UNION
        SELECT w.employee_id FROM work_plans w
        WHERE w.cycle_id = ${cycleId} AND w.is_current AND w.unit_id = ANY(${inUnits})),
      base AS (${base(
        sql`candidates c JOIN employees e ON e.id = c.id`,
        sql`e.active AND COALESCE(wp.unit_id, e.unit_id) = ANY(${inUnits})`,
      )})
      ${counts}
      LEFT JOIN (${reportersAmong}) rp ON rp.employee_id = b.id
      ${evaluated}`),
  );
}

export interface PersonRow {
  id: string;
  name: string;
  nip: string;
  position_title: string;
  unit_id: string;
  unit_name: string;
  plan_id: string | null;
  plan_status: 'draft' | 'submitted' | 'returned' | 'approved' | null;
  reported: boolean;
}

const statusFilter: Record<string, ReturnType<typeof sql>> = {
  not_started: sql`wp.id IS NULL`,
  draft: sql`wp.status = 'draft'`,
  submitted: sql`wp.status = 'submitted'`,
  returned: sql`wp.status = 'returned'`,
  approved: sql`wp.status = 'approved'`,
  no_progress: sql`wp.status = 'approved' AND rp.employee_id IS NULL`,
};

/** The people behind a number: active employees of the unit (or its subtree), by name, paged. */
export async function people(
  db: Executor,
  f: {
    cycleId: string;
    periodId: string | null;
    window: Window;
    unitId: string;
    subtree: boolean;
    status: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: PersonRow[]; total: number }> {
  const unitOf = sql`COALESCE(wp.unit_id, e.unit_id)`;
  const inUnits = f.subtree ? sql`${unitOf} IN (SELECT id FROM sub)` : sql`${unitOf} = ${f.unitId}`;
  const from = sql`
      WITH RECURSIVE sub(id) AS (
        SELECT id FROM units WHERE id = ${f.unitId}
        UNION SELECT u.id FROM units u JOIN sub s ON u.parent_id = s.id)
      SELECT e.id, e.name, e.nip, e.position_title, ${unitOf} AS unit_id, un.name AS unit_name,
             wp.id AS plan_id, wp.status AS plan_status, (rp.employee_id IS NOT NULL) AS reported
      FROM employees e
      ${planInForce(f.cycleId, f.window)}
      JOIN units un ON un.id = ${unitOf}
      LEFT JOIN (${reporters(f.periodId)}) rp ON rp.employee_id = e.id
      WHERE e.active AND ${inUnits} ${f.status ? sql`AND ${statusFilter[f.status]}` : sql``}`;
  const [rows, counted] = await Promise.all([
    db.execute(sql`${from} ORDER BY e.name, e.id LIMIT ${f.limit} OFFSET ${f.offset}`),
    db.execute(sql`SELECT count(*) AS n FROM (${from}) AS people`),
  ]);
  return {
    rows: rowsOf<PersonRow>(rows),
    total: Number(rowsOf<{ n: number | string }>(counted)[0]?.n ?? 0),
  };
}
