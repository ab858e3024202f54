import { and, asc, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { Predicate } from '../../../domain/evaluations/matrix.js';
import type { Executor } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/rows.js';
import {
  cycles,
  developmentPlanItems,
  developmentPlans,
  employees,
  evaluations,
  periods,
  units,
} from '../../platform/db/schema.js';

/** Reads of the follow-up ledgers. Plain objects out; no rules here. */

export type EmployeeRow = Pick<
  typeof employees.$inferSelect,
  'id' | 'nip' | 'name' | 'asnType' | 'positionType' | 'functionalLevel' | 'unitId' | 'active'
>;

export async function findEmployee(db: Executor, id: string): Promise<EmployeeRow | undefined> {
  const [row] = await db
    .select({
      id: employees.id,
      nip: employees.nip,
      name: employees.name,
      asnType: employees.asnType,
      positionType: employees.positionType,
      functionalLevel: employees.functionalLevel,
      unitId: employees.unitId,
      active: employees.active,
    })
    .from(employees)
    .where(eq(employees.id, id))
    .limit(1);
  return row;
}

/** The unit and every unit above it, nearest first. */
export async function unitAncestry(db: Executor, unitId: string): Promise<string[]> {
  const rows = await db.execute(sql`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM units WHERE id = ${unitId}
      UNION ALL SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 50)
    SELECT id FROM up ORDER BY depth`);
  return rowsOf<{ id: string }>(rows).map((r) => r.id);
}

/** The units in the subtrees of the given roots (the roots included). */
export async function subtreesOf(db: Executor, rootIds: readonly string[]): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const rows = await db.execute(sql`
    WITH RECURSIVE sub(id, depth) AS (
      SELECT id, 0 FROM units WHERE id IN (${sql.join(
        rootIds.map((id) => sql`${id}`),
        sql`, `,
      )})
      UNION SELECT u.id, sub.depth + 1 FROM units u JOIN sub ON u.parent_id = sub.id WHERE sub.depth < 50)
    SELECT DISTINCT id FROM sub`);
  return rowsOf<{ id: string }>(rows).map((r) => r.id);
}

export async function unitExists(db: Executor, id: string): Promise<boolean> {
  return Boolean(await findUnit(db, id));
}

export async function findUnit(db: Executor, id: string) {
  const [row] = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(eq(units.id, id))
    .limit(1);
  return row;
}

/** The completed development items of an employee (any plan) completed within [start, end). */
export async function completedItems(db: Executor, employeeId: string, start: Date, end: Date) {
  return db
    .select({
      id: developmentPlanItems.id,
      planId: developmentPlanItems.planId,
      trainingId: developmentPlanItems.trainingId,
      title: developmentPlanItems.title,
      mode: developmentPlanItems.mode,
      hours: developmentPlanItems.hours,
      completedAt: developmentPlanItems.completedAt,
    })
    .from(developmentPlanItems)
    .innerJoin(developmentPlans, eq(developmentPlans.id, developmentPlanItems.planId))
    .where(
      and(
        eq(developmentPlans.employeeId, employeeId),
        eq(developmentPlanItems.status, 'completed'),
        gte(developmentPlanItems.completedAt, start),
        lt(developmentPlanItems.completedAt, end),
      ),
    )
    .orderBy(asc(developmentPlanItems.completedAt), asc(developmentPlanItems.id))
    .limit(1000);
}

export interface HoursRow {
  employee_id: string;
  nip: string;
  name: string;
  asn_type: 'PNS' | 'PPPK';
  unit_id: string;
  unit_name: string;
  hours: string | number;
  total: string | number;
}

const idList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * Active employees with the JP they completed within [start, end), by name; `who` (null: everyone) limits them to
 * those in the units or among the employees listed; `shortOf` keeps only the PNS below that many hours.
 */
export async function hoursPerEmployee(
  db: Executor,
  q: {
    start: Date;
    end: Date;
    who: { unitIds: string[]; employeeIds: string[] } | null;
    shortOf: number | null;
    limit: number;
    offset: number;
  },
): Promise<HoursRow[]> {
  const { who } = q;
  if (who && who.unitIds.length === 0 && who.employeeIds.length === 0) return [];
  const whoFilter = !who
    ? sql``
    : who.employeeIds.length === 0
      ? sql`AND e.unit_id IN (${idList(who.unitIds)})`
      : who.unitIds.length === 0
        ? sql`AND e.id IN (${idList(who.employeeIds)})`
        : sql`AND (e.unit_id IN (${idList(who.unitIds)}) OR e.id IN (${idList(who.employeeIds)}))`;
  const shortFilter =
    q.shortOf === null ? sql`` : sql`AND e.asn_type = 'PNS' AND COALESCE(h.hours, 0) < ${q.shortOf}`;
  const rows = await db.execute(sql`
    SELECT e.id AS employee_id, e.nip, e.name, e.asn_type, e.unit_id, u.name AS unit_name,
           COALESCE(h.hours, 0) AS hours, count(*) OVER () AS total
    FROM employees e
    JOIN units u ON u.id = e.unit_id
    LEFT JOIN (
      SELECT p.employee_id, sum(i.hours) AS hours
      FROM development_plan_items i JOIN development_plans p ON p.id = i.plan_id
      WHERE i.status = 'completed' AND i.completed_at >= ${q.start.toISOString()}
        AND i.completed_at < ${q.end.toISOString()}
      GROUP BY p.employee_id
    ) h ON h.employee_id = e.id
    WHERE e.active ${whoFilter} ${shortFilter}
    ORDER BY e.name, e.id
    LIMIT ${q.limit} OFFSET ${q.offset}`);
  return rowsOf<HoursRow>(rows);
}

export async function findCycle(db: Executor, id: string) {
  const [row] = await db
    .select({ id: cycles.id, year: cycles.year })
    .from(cycles)
    .where(eq(cycles.id, id))
    .limit(1);
  return row;
}

/** The cycle containing `today`, else the latest one (null: no cycle at all). */
export async function currentCycle(db: Executor, today: string) {
  const [containing] = await db
    .select({ id: cycles.id, year: cycles.year })
    .from(cycles)
    .where(and(lte(cycles.startDate, today), gte(cycles.endDate, today)))
    .limit(1);
  if (containing) return containing;
  const [latest] = await db
    .select({ id: cycles.id, year: cycles.year })
    .from(cycles)
    .orderBy(desc(cycles.year))
    .limit(1);
  return latest ?? null;
}

export interface CycleEvaluationRow {
  evaluationId: string;
  employeeId: string;
  periodId: string;
  periodLabel: string;
  kind: 'periodic' | 'annual';
  startDate: string;
  endDate: string;
  status: 'draft' | 'final';
  predicate: Predicate | null;
}

const cycleEvaluationColumns = {
  evaluationId: evaluations.id,
  employeeId: evaluations.employeeId,
  periodId: periods.id,
  periodLabel: periods.label,
  kind: periods.kind,
  startDate: periods.startDate,
  endDate: periods.endDate,
  status: evaluations.status,
  predicate: evaluations.predicate,
};

/** The final evaluations of one employee in a cycle. */
export async function finalEvaluationsOf(
  db: Executor,
  employeeId: string,
  cycleId: string,
): Promise<CycleEvaluationRow[]> {
  return db
    .select(cycleEvaluationColumns)
    .from(evaluations)
    .innerJoin(periods, eq(periods.id, evaluations.periodId))
    .where(
      and(
        eq(evaluations.employeeId, employeeId),
        eq(periods.cycleId, cycleId),
        eq(evaluations.status, 'final'),
      ),
    )
    .orderBy(asc(periods.startDate), asc(periods.kind));
}

export interface FunctionalRow {
  id: string;
  nip: string;
  name: string;
  positionTitle: string;
  functionalLevel: (typeof employees.$inferSelect)['functionalLevel'];
  unitId: string;
  unitName: string;
}

/** The functional employees (in `unitIds`, null: all) with a final evaluation in the cycle, by unit then name. */
export async function functionalWithFinals(db: Executor, cycleId: string, unitIds: string[] | null) {
  if (unitIds && unitIds.length === 0) return { people: [], evaluations: [] };
  const unitFilter = unitIds
    ? sql`${employees.unitId} IN (${sql.join(
        unitIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql`TRUE`;
  const rows = await db
    .select({
      ...cycleEvaluationColumns,
      nip: employees.nip,
      name: employees.name,
      positionTitle: employees.positionTitle,
      functionalLevel: employees.functionalLevel,
      unitId: employees.unitId,
      unitName: units.name,
    })
    .from(evaluations)
    .innerJoin(periods, eq(periods.id, evaluations.periodId))
    .innerJoin(employees, eq(employees.id, evaluations.employeeId))
    .innerJoin(units, eq(units.id, employees.unitId))
    .where(
      and(
        eq(periods.cycleId, cycleId),
        eq(evaluations.status, 'final'),
        eq(employees.positionType, 'fungsional'),
        unitFilter,
      ),
    )
    .orderBy(asc(units.name), asc(employees.name), asc(employees.id), asc(periods.startDate));
  const people = new Map<string, FunctionalRow>();
  for (const r of rows)
    if (!people.has(r.employeeId))
      people.set(r.employeeId, {
        id: r.employeeId,
        nip: r.nip,
        name: r.name,
        positionTitle: r.positionTitle,
        functionalLevel: r.functionalLevel,
        unitId: r.unitId,
        unitName: r.unitName,
      });
  return { people: [...people.values()], evaluations: rows as CycleEvaluationRow[] };
}

export async function findPeriod(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: periods.id,
      cycleId: periods.cycleId,
      kind: periods.kind,
      label: periods.label,
      startDate: periods.startDate,
      endDate: periods.endDate,
    })
    .from(periods)
    .where(eq(periods.id, id))
    .limit(1);
  return row;
}

/** The final evaluations of a period with the employee and the unit they were evaluated in, by unit then name. */
export async function finalEvaluationsOfPeriod(db: Executor, periodId: string) {
  return db
    .select({
      evaluationId: evaluations.id,
      predicate: evaluations.predicate,
      employeeId: employees.id,
      nip: employees.nip,
      name: employees.name,
      unitId: evaluations.unitId,
      unitName: units.name,
    })
    .from(evaluations)
    .innerJoin(employees, eq(employees.id, evaluations.employeeId))
    .innerJoin(units, eq(units.id, evaluations.unitId))
    .where(and(eq(evaluations.periodId, periodId), eq(evaluations.status, 'final')))
    .orderBy(asc(units.name), asc(employees.name), asc(employees.id));
}

/** Active employees without a final evaluation for the period, by unit then name. */
export async function withoutFinalEvaluation(db: Executor, periodId: string) {
  return db
    .select({
      employeeId: employees.id,
      nip: employees.nip,
      name: employees.name,
      unitId: employees.unitId,
      unitName: units.name,
    })
    .from(employees)
    .innerJoin(units, eq(units.id, employees.unitId))
    .where(
      and(
        eq(employees.active, true),
        sql`NOT EXISTS (SELECT 1 FROM ${evaluations} WHERE ${evaluations.employeeId} = ${employees.id}
          AND ${evaluations.periodId} = ${periodId} AND ${evaluations.status} = 'final')`,
      ),
    )
    .orderBy(asc(units.name), asc(employees.name), asc(employees.id));
}
