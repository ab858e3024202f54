import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { emptyCounts } from '../../../domain/evaluations/distribution.js';
import type { Predicate } from '../../../domain/evaluations/matrix.js';
import type { Executor } from '../../platform/db/client.js';
import { employees, evaluations, units, workPlans, type periods } from '../../platform/db/schema.js';

/** Reads of the distribution populations (domain §6): who counts on a unit's curve in a period. */

type PeriodRow = typeof periods.$inferSelect;

/** The evaluations of a unit's population (domain §6): its own staff other than its head, and the heads of its children. */
function inPopulation(unitId: string, childUnitIds: readonly string[]): SQL {
  const own = and(eq(evaluations.unitId, unitId), eq(evaluations.headsUnit, false))!;
  if (childUnitIds.length === 0) return own;
  return or(own, and(eq(evaluations.headsUnit, true), inArray(evaluations.unitId, [...childUnitIds])))!;
}

/** Final predicates of a unit's population for a period, without one evaluation (the one being finalised). */
export async function populationCounts(
  db: Executor,
  unitId: string,
  childUnitIds: readonly string[],
  periodId: string,
  exceptEvaluationId?: string,
): Promise<Record<Predicate, number>> {
  const conditions: SQL[] = [
    inPopulation(unitId, childUnitIds),
    eq(evaluations.periodId, periodId),
    eq(evaluations.status, 'final'),
  ];
  if (exceptEvaluationId) conditions.push(sql`${evaluations.id} <> ${exceptEvaluationId}`);
  const rows = await db
    .select({ predicate: evaluations.predicate, n: count() })
    .from(evaluations)
    .where(and(...conditions))
    .groupBy(evaluations.predicate);
  const counts = emptyCounts();
  for (const r of rows) if (r.predicate) counts[r.predicate] = Number(r.n);
  return counts;
}

/** The units the employee heads (formally, `units.head_id`). */
export async function unitsHeadedBy(db: Executor, employeeId: string) {
  const rows = await db
    .select({ id: units.id, parentId: units.parentId })
    .from(units)
    .where(eq(units.headId, employeeId))
    .orderBy(asc(units.code));
  return rows;
}

/**
 * The evaluations on a unit's calibration board for a period: its population (own staff, heads of its children) and
 * its own head's (shown apart), in name order.
 */
export async function unitEvaluations(
  db: Executor,
  unitId: string,
  childUnitIds: readonly string[],
  periodId: string,
) {
  const ownHead = and(eq(evaluations.unitId, unitId), eq(evaluations.headsUnit, true))!;
  return db
    .select({ evaluation: evaluations })
    .from(evaluations)
    .where(and(eq(evaluations.periodId, periodId), or(inPopulation(unitId, childUnitIds), ownHead)))
    .orderBy(asc(sql`${evaluations.snapshot}->'employee'->>'name'`), asc(evaluations.id));
}

/** The plan in force for the period: it covers the period's last day (domain/work-plans/in-force.ts). */
export const planCoversEnd = (period: PeriodRow) =>
  sql`${workPlans.startDate} <= ${period.endDate} AND (${workPlans.endDate} IS NULL OR ${workPlans.endDate} >= ${period.endDate})`;

/**
 * The population of a unit (its staff in force under a plan of the unit, other than its head; the heads of its
 * children) with an approved plan for the period and no evaluation for it yet.
 */
export async function unitNotStarted(
  db: Executor,
  unitId: string,
  childUnitIds: readonly string[],
  period: PeriodRow,
) {
  const staff = and(
    eq(workPlans.unitId, unitId),
    sql`${units.headId} IS DISTINCT FROM ${workPlans.employeeId}`,
  )!;
  const heads =
    childUnitIds.length > 0
      ? and(inArray(workPlans.unitId, [...childUnitIds]), eq(units.headId, workPlans.employeeId))!
      : undefined;
  return db
    .select({
      employeeId: employees.id,
      name: employees.name,
      nip: employees.nip,
      positionTitle: employees.positionTitle,
    })
    .from(workPlans)
    .innerJoin(employees, eq(employees.id, workPlans.employeeId))
    .innerJoin(units, eq(units.id, workPlans.unitId))
    .where(
      and(
        eq(workPlans.cycleId, period.cycleId),
        eq(workPlans.isCurrent, true),
        planCoversEnd(period),
        heads ? or(staff, heads) : staff,
        sql`NOT EXISTS (SELECT 1 FROM evaluations ev WHERE ev.employee_id = ${workPlans.employeeId} AND ev.period_id = ${period.id})`,
      ),
    )
    .orderBy(asc(employees.name));
}

/**
 * Evaluations of the period per population (a unit's staff other than its head, and the heads of its children):
 * all of them and the final ones.
 */
export async function evaluationCountsByUnit(db: Executor, unitIds: string[], periodId: string) {
  if (unitIds.length === 0) return new Map<string, { all: number; finals: number }>();
  const populationUnit = sql<string>`CASE WHEN ${evaluations.headsUnit} THEN ${units.parentId} ELSE ${evaluations.unitId} END`;
  const rows = await db
    .select({
      unitId: populationUnit,
      all: count(),
      finals: sql<number>`count(*) FILTER (WHERE ${evaluations.status} = 'final')`,
    })
    .from(evaluations)
    .innerJoin(units, eq(units.id, evaluations.unitId))
    .where(and(eq(evaluations.periodId, periodId), inArray(populationUnit, unitIds)))
    .groupBy(populationUnit);
  return new Map(rows.map((r) => [r.unitId, { all: Number(r.all), finals: Number(r.finals) }]));
}
