import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import {
  cycles,
  employees,
  evaluations,
  objections,
  periods,
  units,
  users,
  workPlans,
} from '../../platform/db/schema.js';

export type CycleRow = typeof cycles.$inferSelect;
export type PeriodRow = typeof periods.$inferSelect;

/** Serialises cycle creation so two concurrent requests for one year answer 409, not 500. */
export const lockCycles = (tx: Executor) =>
  tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('kinerja:cycles'))`);

export const findCycleRow = async (db: Executor, id: string) =>
  (await db.select().from(cycles).where(eq(cycles.id, id)).limit(1))[0];

/** The cycle row, locked for the rest of the transaction (closing, reopening and deadline edits serialise). */
export const findCycleRowForUpdate = async (tx: Executor, id: string) =>
  (await tx.select().from(cycles).where(eq(cycles.id, id)).limit(1).for('update'))[0];

/**
 * The cycle's status with a share lock: a write that checked the cycle is open keeps it open until it commits
 * (closing waits for it), and a write that comes after a close sees it closed. Share locks do not block each other.
 */
export const cycleStatusForShare = async (tx: Executor, id: string) =>
  (
    await tx
      .select({ id: cycles.id, year: cycles.year, status: cycles.status })
      .from(cycles)
      .where(eq(cycles.id, id))
      .limit(1)
      .for('share')
  )[0];

/** The display names of the accounts that closed cycles: the person's name, else the account name. */
export async function closerNames(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, username: users.username, name: employees.name })
    .from(users)
    .leftJoin(employees, eq(employees.id, users.employeeId))
    .where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.name ?? r.username]));
}

export const findCycleByYear = async (db: Executor, year: number) =>
  (await db.select().from(cycles).where(eq(cycles.year, year)).limit(1))[0];

export const findPeriodRow = async (db: Executor, id: string) =>
  (await db.select().from(periods).where(eq(periods.id, id)).limit(1))[0];

/** The period row, locked for the rest of the transaction (status changes and deadline edits serialise). */
export const findPeriodRowForUpdate = async (tx: Executor, id: string) =>
  (await tx.select().from(periods).where(eq(periods.id, id)).limit(1).for('update'))[0];

/** Periodic periods in calendar order, then the annual period. */
export function periodsOf(db: Executor, cycleIds: string[]) {
  if (cycleIds.length === 0) return Promise.resolve<PeriodRow[]>([]);
  return db
    .select()
    .from(periods)
    .where(inArray(periods.cycleId, cycleIds))
    .orderBy(asc(periods.cycleId), sql`${periods.kind} = 'annual'`, asc(periods.index));
}

export async function listCycleRows(db: Executor, limit: number, offset: number) {
  const [items, [total]] = await Promise.all([
    db.select().from(cycles).orderBy(desc(cycles.year)).limit(limit).offset(offset),
    db.select({ n: count() }).from(cycles),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The cycle whose range contains `today`, else the newest one. */
export async function currentCycleRow(db: Executor, today: string) {
  const [containing] = await db
    .select()
    .from(cycles)
    .where(and(sql`${cycles.startDate} <= ${today}`, sql`${cycles.endDate} >= ${today}`))
    .orderBy(desc(cycles.year))
    .limit(1);
  if (containing) return containing;
  const [latest] = await db.select().from(cycles).orderBy(desc(cycles.year)).limit(1);
  return latest;
}

// ── what is still open in a cycle (the close preview) ──

const person = {
  employeeId: employees.id,
  employeeName: employees.name,
  unitId: units.id,
  unitName: units.name,
};

/** Current plan versions of the cycle not yet approved: how many, and the first `limit` by unit and name. */
export async function plansNotApproved(db: Executor, cycleId: string, limit: number) {
  const where = and(
    eq(workPlans.cycleId, cycleId),
    eq(workPlans.isCurrent, true),
    ne(workPlans.status, 'approved'),
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        planId: workPlans.id,
        ...person,
        status: workPlans.status,
        startDate: workPlans.startDate,
        endDate: workPlans.endDate,
      })
      .from(workPlans)
      .innerJoin(employees, eq(employees.id, workPlans.employeeId))
      .leftJoin(units, eq(units.id, workPlans.unitId))
      .where(where)
      .orderBy(asc(units.name), asc(employees.name), asc(workPlans.startDate))
      .limit(limit),
    db.select({ n: count() }).from(workPlans).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Draft evaluations of the cycle's periods: how many of each kind, and the first `limit` in period order. */
export async function draftEvaluations(db: Executor, cycleId: string, limit: number) {
  const where = and(eq(periods.cycleId, cycleId), eq(evaluations.status, 'draft'));
  const [items, totals] = await Promise.all([
    db
      .select({
        evaluationId: evaluations.id,
        ...person,
        periodId: periods.id,
        periodLabel: periods.label,
        kind: periods.kind,
      })
      .from(evaluations)
      .innerJoin(periods, eq(periods.id, evaluations.periodId))
      .innerJoin(employees, eq(employees.id, evaluations.employeeId))
      .leftJoin(units, eq(units.id, evaluations.unitId))
      .where(where)
      .orderBy(sql`${periods.kind} = 'annual'`, asc(periods.index), asc(units.name), asc(employees.name))
      .limit(limit),
    db
      .select({ kind: periods.kind, n: count() })
      .from(evaluations)
      .innerJoin(periods, eq(periods.id, evaluations.periodId))
      .where(where)
      .groupBy(periods.kind),
  ]);
  const n = (kind: 'periodic' | 'annual') => totals.find((t) => t.kind === kind)?.n ?? 0;
  return { items, periodic: n('periodic'), annual: n('annual') };
}

/** Objections on the cycle's evaluations still waiting for a decision. */
export async function openObjections(db: Executor, cycleId: string, limit: number) {
  const where = and(
    eq(periods.cycleId, cycleId),
    inArray(objections.status, ['filed', 'explanations_requested']),
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        objectionId: objections.id,
        evaluationId: evaluations.id,
        ...person,
        periodLabel: periods.label,
        status: objections.status,
      })
      .from(objections)
      .innerJoin(evaluations, eq(evaluations.id, objections.evaluationId))
      .innerJoin(periods, eq(periods.id, evaluations.periodId))
      .innerJoin(employees, eq(employees.id, objections.employeeId))
      .leftJoin(units, eq(units.id, evaluations.unitId))
      .where(where)
      .orderBy(asc(objections.createdAt))
      .limit(limit),
    db
      .select({ n: count() })
      .from(objections)
      .innerJoin(evaluations, eq(evaluations.id, objections.evaluationId))
      .innerJoin(periods, eq(periods.id, evaluations.periodId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Every current plan version of the cycle with its days in force (for the plan each period belongs to). */
export function currentPlansOfCycle(db: Executor, cycleId: string) {
  return db
    .select({
      planId: workPlans.id,
      ...person,
      status: workPlans.status,
      startDate: workPlans.startDate,
      endDate: workPlans.endDate,
    })
    .from(workPlans)
    .innerJoin(employees, eq(employees.id, workPlans.employeeId))
    .leftJoin(units, eq(units.id, workPlans.unitId))
    .where(and(eq(workPlans.cycleId, cycleId), eq(workPlans.isCurrent, true)))
    .orderBy(asc(units.name), asc(employees.name), asc(workPlans.startDate));
}

/** The (employee, period) pairs of the cycle's periodic periods that have a final evaluation. */
export function finalPeriodicEvaluations(db: Executor, cycleId: string) {
  return db
    .select({ employeeId: evaluations.employeeId, periodId: evaluations.periodId })
    .from(evaluations)
    .innerJoin(periods, eq(periods.id, evaluations.periodId))
    .where(and(eq(periods.cycleId, cycleId), eq(periods.kind, 'periodic'), eq(evaluations.status, 'final')));
}
