import { and, asc, count, desc, eq, gte, inArray, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { inForceOn } from '../../../domain/work-plans/in-force.js';
import type { Executor } from '../../platform/db/client.js';
import {
  cycles,
  employeeTransfers,
  employees,
  planBehaviours,
  planComments,
  planIndicators,
  planResults,
  planSubmissions,
  periods,
  units,
  users,
  workPlans,
} from '../../platform/db/schema.js';
import { rowsOf } from '../../platform/db/rows.js';

export type PlanRow = typeof workPlans.$inferSelect;
export type ResultRow = typeof planResults.$inferSelect;
export type IndicatorRow = typeof planIndicators.$inferSelect;
export type BehaviourRow = typeof planBehaviours.$inferSelect;

/** The periods of a cycle (any order: the period targets sort them). */
export const cyclePeriods = (db: Executor, cycleId: string) =>
  db
    .select({
      id: periods.id,
      kind: periods.kind,
      index: periods.index,
      startDate: periods.startDate,
      endDate: periods.endDate,
    })
    .from(periods)
    .where(eq(periods.cycleId, cycleId));
export type CyclePeriodRow = Awaited<ReturnType<typeof cyclePeriods>>[number];

export const findPlan = async (db: Executor, id: string): Promise<PlanRow | undefined> =>
  (await db.select().from(workPlans).where(eq(workPlans.id, id)).limit(1))[0];

/** Locks the plan row for the rest of the transaction (PostgreSQL); PGlite runs one transaction at a time. */
export const lockPlan = async (db: Executor, id: string): Promise<PlanRow | undefined> =>
  (await db.select().from(workPlans).where(eq(workPlans.id, id)).for('update').limit(1))[0];

/** The versions in force (`isCurrent`) of every plan of the employee in the cycle, in date order. */
export const currentPlans = (db: Executor, employeeId: string, cycleId: string) =>
  db
    .select()
    .from(workPlans)
    .where(
      and(
        eq(workPlans.employeeId, employeeId),
        eq(workPlans.cycleId, cycleId),
        eq(workPlans.isCurrent, true),
      ),
    )
    .orderBy(asc(workPlans.startDate));

/** The employee's latest plan of the cycle (the one a transfer opened last), or undefined. */
export const findLatestPlan = async (db: Executor, employeeId: string, cycleId: string) =>
  (await currentPlans(db, employeeId, cycleId)).at(-1);

/** The plan in force on `day` (`YYYY-MM-DD`), or undefined. */
export const findPlanInForce = async (db: Executor, employeeId: string, cycleId: string, day: string) =>
  (await currentPlans(db, employeeId, cycleId)).find((p) => inForceOn(p, day));

export const findAmendmentOf = async (db: Executor, planId: string) =>
  (await db.select().from(workPlans).where(eq(workPlans.amendsId, planId)).limit(1))[0];

export { findCycleRow } from '../cycles/index.js';

export async function planContent(db: Executor, planId: string) {
  const [results, indicators, behaviours] = await Promise.all([
    db
      .select()
      .from(planResults)
      .where(eq(planResults.workPlanId, planId))
      .orderBy(asc(planResults.position), asc(planResults.createdAt), asc(planResults.id)),
    db
      .select()
      .from(planIndicators)
      .where(eq(planIndicators.workPlanId, planId))
      .orderBy(asc(planIndicators.position), asc(planIndicators.createdAt), asc(planIndicators.id)),
    db.select().from(planBehaviours).where(eq(planBehaviours.workPlanId, planId)),
  ]);
  return { results, indicators, behaviours };
}

/** The parent results (and the plans they belong to) referenced by a plan's results. */
export async function parentResults(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: planResults.id,
      text: planResults.text,
      workPlanId: planResults.workPlanId,
      planEmployeeId: workPlans.employeeId,
      planCycleId: workPlans.cycleId,
      planIsCurrent: workPlans.isCurrent,
    })
    .from(planResults)
    .innerJoin(workPlans, eq(workPlans.id, planResults.workPlanId))
    .where(inArray(planResults.id, ids));
}

export const findResult = async (db: Executor, planId: string, resultId: string) =>
  (
    await db
      .select()
      .from(planResults)
      .where(and(eq(planResults.id, resultId), eq(planResults.workPlanId, planId)))
      .limit(1)
  )[0];

export const findIndicator = async (db: Executor, resultId: string, indicatorId: string) =>
  (
    await db
      .select()
      .from(planIndicators)
      .where(and(eq(planIndicators.id, indicatorId), eq(planIndicators.resultId, resultId)))
      .limit(1)
  )[0];

export async function nextResultPosition(db: Executor, planId: string) {
  const [row] = await db
    .select({ max: sql<number | null>`max(${planResults.position})` })
    .from(planResults)
    .where(eq(planResults.workPlanId, planId));
  return (row?.max === null || row?.max === undefined ? -1 : Number(row.max)) + 1;
}

export async function nextIndicatorPosition(db: Executor, resultId: string) {
  const [row] = await db
    .select({ max: sql<number | null>`max(${planIndicators.position})` })
    .from(planIndicators)
    .where(eq(planIndicators.resultId, resultId));
  return (row?.max === null || row?.max === undefined ? -1 : Number(row.max)) + 1;
}

export const unitNameOf = async (db: Executor, unitId: string) =>
  (await db.select({ name: units.name }).from(units).where(eq(units.id, unitId)).limit(1))[0]?.name;

/** The employee with unit name, for snapshots. */
export async function personForSnapshot(db: Executor, employeeId: string) {
  const [row] = await db
    .select({
      id: employees.id,
      name: employees.name,
      nip: employees.nip,
      asnType: employees.asnType,
      rank: employees.rank,
      positionTitle: employees.positionTitle,
      positionType: employees.positionType,
      functionalLevel: employees.functionalLevel,
      supervisorId: employees.supervisorId,
      unitId: employees.unitId,
      unitName: units.name,
    })
    .from(employees)
    .innerJoin(units, eq(units.id, employees.unitId))
    .where(eq(employees.id, employeeId))
    .limit(1);
  return row;
}

/** Does the employee head a unit (which gives their SKP the perspective column)? */
export async function headsAUnit(db: Executor, employeeId: string) {
  const [row] = await db.select({ n: count() }).from(units).where(eq(units.headId, employeeId));
  return (row?.n ?? 0) > 0;
}

/** Everyone above the employee in the supervisor chain (not the employee). */
export async function supervisorsAbove(db: Executor, employeeId: string): Promise<string[]> {
  const rows = await db.execute(sql`
    WITH RECURSIVE chain(id, supervisor_id, depth) AS (
      SELECT id, supervisor_id, 0 FROM employees WHERE id = ${employeeId}
      UNION SELECT e.id, e.supervisor_id, c.depth + 1 FROM employees e JOIN chain c ON e.id = c.supervisor_id
      WHERE c.depth < 100)
    SELECT id FROM chain WHERE id <> ${employeeId}`);
  return rowsOf<{ id: string }>(rows).map((r) => r.id);
}

/** Everyone below the employee in the supervisor chain (direct and indirect reports). */
export async function subordinatesBelow(db: Executor, employeeId: string): Promise<string[]> {
  const rows = await db.execute(sql`
    WITH RECURSIVE tree(id, depth) AS (
      SELECT id, 0 FROM employees WHERE supervisor_id = ${employeeId}
      UNION SELECT e.id, t.depth + 1 FROM employees e JOIN tree t ON e.supervisor_id = t.id WHERE t.depth < 100)
    SELECT DISTINCT id FROM tree WHERE id <> ${employeeId}`);
  return rowsOf<{ id: string }>(rows).map((r) => r.id);
}

export interface PlanListFilter {
  cycleId?: string | undefined;
  employeeId?: string | undefined;
  assessorId?: string | undefined;
  /** the plans someone assesses: with one of these assessors, or (`top`) without one; never their own */
  assessedBy?: { assessorIds: string[]; top: boolean; employeeId: string | null } | undefined;
  status?: PlanRow['status'] | undefined;
  currentOnly: boolean;
  /** null = no restriction (HR, agency head, auditor); `standInFor`: heads the caller is acting for today */
  visibleTo: { employeeId: string | null; subordinateIds: string[]; standInFor?: string[] } | null;
}

export async function listPlans(db: Executor, f: PlanListFilter, limit: number, offset: number) {
  const parts: SQL[] = [];
  if (f.cycleId) parts.push(eq(workPlans.cycleId, f.cycleId));
  if (f.employeeId) parts.push(eq(workPlans.employeeId, f.employeeId));
  if (f.assessorId) parts.push(eq(workPlans.assessorId, f.assessorId));
  if (f.assessedBy) {
    const ors: SQL[] = [];
    if (f.assessedBy.assessorIds.length) ors.push(inArray(workPlans.assessorId, f.assessedBy.assessorIds));
    if (f.assessedBy.top) ors.push(isNull(workPlans.assessorId));
    parts.push(ors.length ? sql`(${sql.join(ors, sql` OR `)})` : sql`false`);
    if (f.assessedBy.employeeId) parts.push(ne(workPlans.employeeId, f.assessedBy.employeeId));
  }
  if (f.status) parts.push(eq(workPlans.status, f.status));
  if (f.currentOnly) parts.push(eq(workPlans.isCurrent, true));
  if (f.visibleTo) {
    const me = f.visibleTo.employeeId;
    const ors: SQL[] = [];
    if (me) {
      ors.push(eq(workPlans.employeeId, me), eq(workPlans.assessorId, me));
    }
    if (f.visibleTo.subordinateIds.length)
      ors.push(inArray(workPlans.employeeId, f.visibleTo.subordinateIds));
    if (f.visibleTo.standInFor?.length) ors.push(inArray(workPlans.assessorId, f.visibleTo.standInFor));
    parts.push(ors.length ? sql`(${sql.join(ors, sql` OR `)})` : sql`false`);
  }
  const where = parts.length ? and(...parts) : undefined;
  const resultCount = sql<number>`(SELECT count(*) FROM plan_results r WHERE r.work_plan_id = ${workPlans.id})`;
  const pendingLinks = sql<number>`(SELECT count(*) FROM plan_results r WHERE r.work_plan_id = ${workPlans.id}
    AND r.kind = 'main' AND r.parent_result_id IS NULL AND ${workPlans.assessorId} IS NOT NULL)`;
  const [items, [total]] = await Promise.all([
    db
      .select({
        plan: workPlans,
        employeeName: employees.name,
        employeeNip: employees.nip,
        unitName: units.name,
        resultCount,
        pendingLinks,
      })
      .from(workPlans)
      .innerJoin(employees, eq(employees.id, workPlans.employeeId))
      .innerJoin(units, eq(units.id, workPlans.unitId))
      .where(where)
      .orderBy(desc(workPlans.updatedAt), asc(workPlans.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(workPlans).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export const listComments = (db: Executor, planId: string) =>
  db
    .select()
    .from(planComments)
    .where(eq(planComments.workPlanId, planId))
    .orderBy(asc(planComments.seq))
    .limit(500);

export const listSubmissions = (db: Executor, planId: string) =>
  db
    .select()
    .from(planSubmissions)
    .where(eq(planSubmissions.workPlanId, planId))
    .orderBy(desc(planSubmissions.seq))
    .limit(2);

export async function submissionCount(db: Executor, planId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(planSubmissions)
    .where(eq(planSubmissions.workPlanId, planId));
  return row?.n ?? 0;
}

/** The chain of versions a plan belongs to, oldest first. */
export async function versionChain(db: Executor, planId: string): Promise<PlanRow[]> {
  const rows = await db.execute(sql`
    WITH RECURSIVE up(id, amends_id, depth) AS (
      SELECT id, amends_id, 0 FROM work_plans WHERE id = ${planId}
      UNION SELECT w.id, w.amends_id, u.depth + 1 FROM work_plans w JOIN up u ON w.id = u.amends_id WHERE u.depth < 100),
    root AS (SELECT id FROM up ORDER BY depth DESC LIMIT 1),
    down(id, depth) AS (
      SELECT id, 0 FROM root
      UNION SELECT w.id, d.depth + 1 FROM work_plans w JOIN down d ON w.amends_id = d.id WHERE d.depth < 100)
    SELECT id FROM down`);
  const ids = rowsOf<{ id: string }>(rows).map((r) => r.id);
  if (ids.length === 0) return [];
  return db.select().from(workPlans).where(inArray(workPlans.id, ids)).orderBy(asc(workPlans.revision));
}

export const directReports = (db: Executor, leaderId: string) =>
  db
    .select({
      id: employees.id,
      name: employees.name,
      nip: employees.nip,
      positionTitle: employees.positionTitle,
    })
    .from(employees)
    .where(and(eq(employees.supervisorId, leaderId), eq(employees.active, true)))
    .orderBy(asc(employees.name))
    .limit(500);

/** The open cycle whose days include `day`, or undefined. */
export const openCycleOn = async (db: Executor, day: string) =>
  (
    await db
      .select()
      .from(cycles)
      .where(and(lte(cycles.startDate, day), gte(cycles.endDate, day), eq(cycles.status, 'open')))
      .limit(1)
  )[0];

/** Any cycle (open or closed) whose days include `day`, or undefined. */
export const cycleOn = async (db: Executor, day: string) =>
  (
    await db
      .select()
      .from(cycles)
      .where(and(lte(cycles.startDate, day), gte(cycles.endDate, day)))
      .limit(1)
  )[0];

/** An employee's transfers, newest first, with unit and supervisor names. */
export async function listTransfers(db: Executor, employeeId: string) {
  const fromUnit = alias(units, 'from_unit');
  const toUnit = alias(units, 'to_unit');
  const fromSup = alias(employees, 'from_sup');
  const toSup = alias(employees, 'to_sup');
  return db
    .select({
      t: employeeTransfers,
      fromUnitName: fromUnit.name,
      toUnitName: toUnit.name,
      fromSupervisorName: fromSup.name,
      toSupervisorName: toSup.name,
    })
    .from(employeeTransfers)
    .innerJoin(fromUnit, eq(fromUnit.id, employeeTransfers.fromUnitId))
    .innerJoin(toUnit, eq(toUnit.id, employeeTransfers.toUnitId))
    .leftJoin(fromSup, eq(fromSup.id, employeeTransfers.fromSupervisorId))
    .leftJoin(toSup, eq(toSup.id, employeeTransfers.toSupervisorId))
    .where(eq(employeeTransfers.employeeId, employeeId))
    .orderBy(desc(employeeTransfers.effectiveDate), desc(employeeTransfers.createdAt))
    .limit(200);
}
export type TransferListRow = Awaited<ReturnType<typeof listTransfers>>[number];

/**
 * Who reviews a submitted plan besides its assessor (issue 10): the acting Plt/Plh of the units the assessor heads,
 * on `day`; for a plan without an assessor, the accounts of the agency head.
 */
export async function otherReviewers(
  db: Executor,
  assessorId: string | null,
  day: string,
): Promise<{ employeeIds: string[]; userIds: string[] }> {
  if (assessorId === null) {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.active, true), sql`'agency_head' = ANY(${users.roles})`));
    return { employeeIds: [], userIds: rows.map((r) => r.id) };
  }
  const rows = rowsOf<{ employee_id: string }>(
    await db.execute(sql`SELECT a.employee_id FROM acting_officials a JOIN units u ON u.id = a.unit_id
                         WHERE u.head_id = ${assessorId} AND a.start_date <= ${day} AND a.end_date >= ${day}`),
  );
  return { employeeIds: rows.map((r) => r.employee_id), userIds: [] };
}
