import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/rows.js';

/**
 * The home screen's reads: a handful of aggregate queries per request (counts grouped in SQL, no query per row).
 * Repositories read; the use case decides what is a task.
 */

const q = async <T>(db: Executor, query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query));
const n = (v: number | string | null | undefined) => Number(v ?? 0);

export async function employeeName(db: Executor, employeeId: string): Promise<string | null> {
  const [row] = await q<{ name: string }>(db, sql`SELECT name FROM employees WHERE id = ${employeeId}`);
  return row?.name ?? null;
}

export interface CycleRow {
  id: string;
  year: number;
  planning_deadline: string | null;
}

/** The cycle that contains today, else the latest one started, else the earliest. */
export async function currentCycle(db: Executor, today: string): Promise<CycleRow | null> {
  const [row] = await q<CycleRow>(
    db,
    sql`SELECT id, year, planning_deadline::text AS planning_deadline FROM cycles
        ORDER BY (start_date <= ${today} AND end_date >= ${today}) DESC, (start_date <= ${today}) DESC,
                 CASE WHEN start_date <= ${today} THEN start_date END DESC NULLS LAST, start_date
        LIMIT 1`,
  );
  return row ?? null;
}

export interface PeriodRow {
  id: string;
  kind: 'periodic' | 'annual';
  index: number;
  label: string;
  startDate: string;
  endDate: string;
  progressDeadline: string | null;
  evaluationDeadline: string | null;
  status: 'open' | 'locked';
}

export const periodsOf = (db: Executor, cycleId: string) =>
  q<PeriodRow>(
    db,
    sql`SELECT id, kind, index, label, start_date::text AS "startDate", end_date::text AS "endDate",
          progress_deadline::text AS "progressDeadline", evaluation_deadline::text AS "evaluationDeadline", status
        FROM periods WHERE cycle_id = ${cycleId} ORDER BY kind DESC, index`,
  );

export interface MyPlanRow {
  id: string;
  status: 'draft' | 'submitted' | 'returned' | 'approved';
  is_current: boolean;
  amends_id: string | null;
  start_date: string;
  end_date: string | null;
}

/** The employee's versions in force in the cycle and any open amendment. */
export const myPlans = (db: Executor, employeeId: string, cycleId: string) =>
  q<MyPlanRow>(
    db,
    sql`SELECT id, status, is_current, amends_id, start_date::text AS start_date, end_date::text AS end_date
        FROM work_plans
        WHERE employee_id = ${employeeId} AND cycle_id = ${cycleId}
          AND (is_current OR (amends_id IS NOT NULL AND status <> 'approved'))
        ORDER BY start_date, revision`,
  );

/** The periods of the cycle the employee recorded progress for (on any version of their plans). */
export async function reportedPeriods(
  db: Executor,
  employeeId: string,
  cycleId: string,
): Promise<Set<string>> {
  const rows = await q<{ period_id: string }>(
    db,
    sql`SELECT DISTINCT pe.period_id FROM progress_entries pe JOIN work_plans w ON w.id = pe.work_plan_id
        WHERE w.employee_id = ${employeeId} AND w.cycle_id = ${cycleId}`,
  );
  return new Set(rows.map((r) => r.period_id));
}

/** The plan's indicators, how many have a realisation, and the average of each one's latest achievement. */
export async function achievementOf(db: Executor, planId: string) {
  const [row] = await q<{
    indicators: number | string;
    with_realisation: number | string;
    average: number | null;
  }>(
    db,
    sql`WITH latest AS (
          SELECT DISTINCT ON (pe.indicator_id) pe.indicator_id, pe.achievement
          FROM progress_entries pe JOIN periods p ON p.id = pe.period_id
          WHERE pe.work_plan_id = ${planId}
          ORDER BY pe.indicator_id, p.end_date DESC, pe.seq DESC)
        SELECT count(i.id) AS indicators, count(l.indicator_id) AS with_realisation,
               avg(l.achievement)::float8 AS average
        FROM plan_indicators i LEFT JOIN latest l ON l.indicator_id = i.id
        WHERE i.work_plan_id = ${planId}`,
  );
  return {
    indicators: n(row?.indicators),
    withRealisation: n(row?.with_realisation),
    average: row?.average === null || row?.average === undefined ? null : Number(row.average),
  };
}

/** Who assesses: this employee, and with `top` (the agency head) the plans without an assessor. */
export interface Assessing {
  employeeId: string | null;
  top: boolean;
}
const assessedBy = (a: Assessing) =>
  sql`(${a.employeeId ? sql`wp.assessor_id = ${a.employeeId}` : sql`false`}
       OR ${a.top ? sql`(wp.assessor_id IS NULL${a.employeeId ? sql` AND wp.employee_id <> ${a.employeeId}` : sql``})` : sql`false`})`;

/** Submitted plans (and amendments) waiting for this assessor. */
export async function plansToApprove(db: Executor, a: Assessing) {
  const [row] = await q<{ n: number | string; one: string | null }>(
    db,
    sql`SELECT count(*) AS n, min(wp.id::text) AS one FROM work_plans wp
        WHERE ${assessedBy(a)} AND wp.status = 'submitted'`,
  );
  return { count: n(row?.n), one: row?.one ?? null };
}

/**
 * Per period whose finalisation has opened: the approved plans in force at its end whose assessor is this person and
 * whose employee has no final evaluation for it (the evaluation reminders' count).
 */
export async function evaluationsDue(db: Executor, a: Assessing, periodIds: string[]) {
  if (periodIds.length === 0) return [];
  const rows = await q<{ period_id: string; pending: number | string }>(
    db,
    sql`SELECT p.id AS period_id, count(*) AS pending FROM periods p
        JOIN work_plans wp ON wp.cycle_id = p.cycle_id AND wp.is_current AND wp.status = 'approved'
          AND wp.start_date <= p.end_date AND (wp.end_date IS NULL OR wp.end_date >= p.end_date)
        JOIN employees e ON e.id = wp.employee_id AND e.active
        WHERE p.id IN (${sql.join(
          periodIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) AND ${assessedBy(a)}
          AND NOT EXISTS (SELECT 1 FROM evaluations ev
                          WHERE ev.employee_id = wp.employee_id AND ev.period_id = p.id AND ev.status = 'final')
        GROUP BY p.id`,
  );
  return rows.map((r) => ({ periodId: r.period_id, pending: n(r.pending) }));
}

/** Final evaluations of mine I have not confirmed receiving. */
export async function toAcknowledge(db: Executor, employeeId: string) {
  const [row] = await q<{ n: number | string; one: string | null }>(
    db,
    sql`SELECT count(*) AS n, min(id::text) AS one FROM evaluations
        WHERE employee_id = ${employeeId} AND status = 'final' AND acknowledged_at IS NULL`,
  );
  return { count: n(row?.n), one: row?.one ?? null };
}

export interface OpenObjectionRow {
  id: string;
  filed_at: string | Date;
}

/** Open objections this person decides (the agency head also those without a decider). */
export const objectionsToDecide = (db: Executor, employeeId: string | null, agencyTop: boolean) =>
  q<OpenObjectionRow>(
    db,
    sql`SELECT id, created_at AS filed_at FROM objections
        WHERE status <> 'decided'
          AND (${employeeId !== null ? sql`decider_id = ${employeeId}` : sql`false`}
               OR ${agencyTop ? sql`decider_id IS NULL` : sql`false`})
        ORDER BY created_at`,
  );

/** Objections where this person was asked to explain and has not yet (as the employee or as the assessor). */
export async function objectionsToExplain(db: Executor, employeeId: string) {
  const [row] = await q<{ n: number | string; one: string | null; requested: string | Date | null }>(
    db,
    sql`SELECT count(*) AS n, min(o.id::text) AS one, min(o.explanations_requested_at) AS requested
        FROM objections o JOIN evaluations ev ON ev.id = o.evaluation_id
        WHERE o.status = 'explanations_requested'
          AND ((o.employee_id = ${employeeId} AND o.employee_explained_at IS NULL)
               OR (ev.assessor_id = ${employeeId} AND o.assessor_explained_at IS NULL))`,
  );
  return { count: n(row?.n), one: row?.one ?? null, requestedAt: row?.requested ?? null };
}

/** Unread feedback notifications of this account (new feedback or replies), with the newest one's link. */
export async function unreadFeedback(db: Executor, userId: string) {
  const [row] = await q<{ n: number | string; link: string | null }>(
    db,
    sql`SELECT count(*) AS n, (array_agg(link ORDER BY created_at DESC))[1] AS link FROM notifications
        WHERE user_id = ${userId} AND read_at IS NULL AND kind IN ('feedback.received', 'feedback.reply')`,
  );
  return { count: n(row?.n), link: row?.link ?? null };
}

/**
 * Development plans on my home (issue 14), in one statement: my own open plans (how many, the latest for a one-tap
 * link, the nearest due date of their planned items), and the open plans I assess that want me — items I have not
 * agreed yet, or planned items due by `dueBy` or overdue — with the nearest such due date.
 */
export async function developmentTasks(db: Executor, employeeId: string, dueBy: string) {
  type Row = { n: number | string; plan_id: string | null; due: string | null };
  const [row] = await q<{ own: Row; review: Row }>(
    db,
    sql`WITH own AS (
          SELECT p.id, p.created_at,
            (SELECT min(i.due_date) FROM development_plan_items i WHERE i.plan_id = p.id AND i.status = 'planned') AS due
          FROM development_plans p WHERE p.employee_id = ${employeeId} AND p.status = 'open'),
        review AS (
          SELECT p.id, p.created_at,
            (SELECT min(i.due_date) FROM development_plan_items i
             WHERE i.plan_id = p.id AND i.status = 'planned' AND i.due_date <= ${dueBy}::date) AS due
          FROM development_plans p
          WHERE p.assessor_id = ${employeeId} AND p.employee_id <> ${employeeId} AND p.status = 'open'
            AND ((p.agreed_by_assessor_at IS NULL
                  AND EXISTS (SELECT 1 FROM development_plan_items i WHERE i.plan_id = p.id AND i.status <> 'cancelled'))
              OR EXISTS (SELECT 1 FROM development_plan_items i WHERE i.plan_id = p.id AND i.status = 'planned'
                         AND i.due_date <= ${dueBy}::date)))
        SELECT
          (SELECT json_build_object('n', count(*), 'plan_id', (array_agg(id ORDER BY created_at DESC))[1],
                                    'due', min(due)::text) FROM own) AS own,
          (SELECT json_build_object('n', count(*), 'plan_id', (array_agg(id ORDER BY created_at DESC))[1],
                                    'due', min(due)::text) FROM review) AS review`,
  );
  const read = (r: Row | undefined) => ({
    count: n(r?.n),
    planId: r?.plan_id ?? null,
    dueDate: r?.due ?? null,
  });
  return { own: read(row?.own), review: read(row?.review) };
}

/** Active employees without a supervisor who do not head a top unit (the agency head assesses those). */
export async function withoutSupervisor(db: Executor): Promise<number> {
  const [row] = await q<{ n: number | string }>(
    db,
    sql`SELECT count(*) AS n FROM employees e
        WHERE e.active AND e.supervisor_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM units u WHERE u.head_id = e.id AND u.parent_id IS NULL)`,
  );
  return n(row?.n);
}

/** The NIPs of the active employees (validated by the domain's parser: the rules are not SQL). */
export const activeNips = (db: Executor) =>
  q<{ nip: string; asn_type: 'PNS' | 'PPPK' }>(db, sql`SELECT nip, asn_type FROM employees WHERE active`);

/** Filing times of every open objection. */
export const openObjections = (db: Executor) =>
  q<{ filed_at: string | Date }>(
    db,
    sql`SELECT created_at AS filed_at FROM objections WHERE status <> 'decided'`,
  );

/** Units with active employees of their own and no organisation predicate for the period. */
export async function predicatesMissing(db: Executor, periodId: string): Promise<number> {
  const [row] = await q<{ n: number | string }>(
    db,
    sql`SELECT count(*) AS n FROM units u
        WHERE EXISTS (SELECT 1 FROM employees e WHERE e.unit_id = u.id AND e.active)
          AND NOT EXISTS (SELECT 1 FROM org_predicates op WHERE op.unit_id = u.id AND op.period_id = ${periodId})`,
  );
  return n(row?.n);
}
