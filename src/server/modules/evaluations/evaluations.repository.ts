import { and, asc, count, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { EvaluationStatus } from '../../../domain/evaluations/status.js';
import type { Executor } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/rows.js';
import { planCoversEnd } from './population.repository.js';
import {
  employees,
  evaluations,
  objections,
  orgPredicates,
  periods,
  units,
  workPlans,
} from '../../platform/db/schema.js';

/** Reads of the assessment module (evaluations, objections, organisation predicates, populations, settings). */

export type EvaluationRow = typeof evaluations.$inferSelect;
export type ObjectionRow = typeof objections.$inferSelect;
export type OrgPredicateRow = typeof orgPredicates.$inferSelect;
export type PeriodRow = typeof periods.$inferSelect;
export type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

export async function findEvaluation(db: Executor, id: string) {
  const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id)).limit(1);
  return row;
}

export async function lockEvaluation(db: Executor, id: string) {
  const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id)).limit(1).for('update');
  return row;
}

export async function findEvaluationFor(db: Executor, employeeId: string, periodId: string) {
  const [row] = await db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.employeeId, employeeId), eq(evaluations.periodId, periodId)))
    .limit(1);
  return row;
}

export async function findPeriod(db: Executor, id: string) {
  const [row] = await db.select().from(periods).where(eq(periods.id, id)).limit(1);
  return row;
}

export async function findUnit(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: units.id,
      name: units.name,
      code: units.code,
      parentId: units.parentId,
      headId: units.headId,
      headName: employees.name,
      headNip: employees.nip,
      headPosition: employees.positionTitle,
    })
    .from(units)
    .leftJoin(employees, eq(employees.id, units.headId))
    .where(eq(units.id, id))
    .limit(1);
  return row;
}

export async function unitNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function employeeUnit(db: Executor, employeeId: string) {
  const [row] = await db
    .select({ unitId: employees.unitId, supervisorId: employees.supervisorId, name: employees.name })
    .from(employees)
    .where(eq(employees.id, employeeId))
    .limit(1);
  return row;
}

export async function employeeNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; nip: string }>();
  const rows = await db
    .select({ id: employees.id, name: employees.name, nip: employees.nip })
    .from(employees)
    .where(inArray(employees.id, ids));
  return new Map(rows.map((r) => [r.id, { name: r.name, nip: r.nip }]));
}

/** The units the employee heads, or leads as acting official (Plt/Plh) on `today` (the monitoring module's rule). */
export { headedUnits as ledUnits } from '../monitoring/index.js';

/** The unit and every unit above it (nearest first). */
export async function unitAncestry(db: Executor, unitId: string): Promise<string[]> {
  const rows = await db.execute(sql`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM units WHERE id = ${unitId}
      UNION ALL SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 50)
    SELECT id FROM up ORDER BY depth`);
  return rowsOf<{ id: string }>(rows).map((r) => r.id);
}

/** The units in the subtrees of the given roots. */
export async function subtreesOf(db: Executor, rootIds: string[]): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const rows = await db.execute(sql`
    WITH RECURSIVE sub(id, depth) AS (
      SELECT id, 0 FROM units WHERE id IN (${sql.join(
        rootIds.map((id) => sql`${id}`),
        sql`, `,
      )})
      UNION SELECT u.id, s.depth + 1 FROM units u JOIN sub s ON u.parent_id = s.id WHERE s.depth < 50)
    SELECT DISTINCT id FROM sub`);
  return rowsOf<{ id: string }>(rows).map((r) => r.id);
}

export async function unitsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: units.id,
      name: units.name,
      code: units.code,
      parentId: units.parentId,
      headId: units.headId,
      headName: employees.name,
    })
    .from(units)
    .leftJoin(employees, eq(employees.id, units.headId))
    .where(inArray(units.id, ids))
    .orderBy(asc(units.code));
}

export async function childUnitIds(db: Executor, parentIds: string[]) {
  if (parentIds.length === 0) return [];
  const rows = await db.select({ id: units.id }).from(units).where(inArray(units.parentId, parentIds));
  return rows.map((r) => r.id);
}

/** The top units (no parent: the OPDs), whose organisation predicates the agency head sets. */
/**
 * The top units (the OPDs), whose organisation predicates the agency head sets: units without a parent, and the
 * children of a root that nobody heads (the regional government itself, as in the demo).
 */
export async function topUnitIds(db: Executor) {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT u.id FROM units u LEFT JOIN units p ON p.id = u.parent_id
                         WHERE u.parent_id IS NULL OR (p.parent_id IS NULL AND p.head_id IS NULL)`),
  );
  return rows.map((r) => r.id);
}

export async function allUnitIds(db: Executor) {
  return (await db.select({ id: units.id }).from(units)).map((r) => r.id);
}

// ── evaluation lists ──

export interface EvaluationFilter {
  periodId?: string | undefined;
  unitId?: string | undefined;
  employeeId?: string | undefined;
  assessorId?: string | undefined;
  status?: EvaluationStatus | undefined;
  limit: number;
  offset: number;
}

/**
 * A page of evaluations with their period, unit and objection status; `people` (when given) keeps those of, or
 * assessed by, these employees.
 */
export async function listEvaluations(db: Executor, q: EvaluationFilter, people: string[] | null) {
  const conditions: SQL[] = [];
  if (q.periodId) conditions.push(eq(evaluations.periodId, q.periodId));
  if (q.unitId) conditions.push(eq(evaluations.unitId, q.unitId));
  if (q.employeeId) conditions.push(eq(evaluations.employeeId, q.employeeId));
  if (q.assessorId) conditions.push(eq(evaluations.assessorId, q.assessorId));
  if (q.status) conditions.push(eq(evaluations.status, q.status));
  if (people)
    conditions.push(or(inArray(evaluations.employeeId, people), inArray(evaluations.assessorId, people))!);
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        evaluation: evaluations,
        periodLabel: periods.label,
        unitName: units.name,
        objectionStatus: objections.status,
      })
      .from(evaluations)
      .innerJoin(periods, eq(periods.id, evaluations.periodId))
      .innerJoin(units, eq(units.id, evaluations.unitId))
      .leftJoin(objections, eq(objections.evaluationId, evaluations.id))
      .where(where)
      .orderBy(
        desc(periods.startDate),
        asc(periods.index),
        asc(sql`${evaluations.snapshot}->'employee'->>'name'`),
        asc(evaluations.id),
      )
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(evaluations).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/**
 * Evaluasi Tim: the approved plans in force at the end of the period that someone assesses — with one of
 * `assessorIds` (their own id, and the heads they act for), or (`top`: the agency head) without an assessor; never
 * their own plan — with their unit (the plan's) and their evaluation.
 */
export async function teamPlans(
  db: Executor,
  by: { assessorIds: string[]; top: boolean; employeeId: string | null },
  period: PeriodRow,
) {
  const ors: SQL[] = [];
  if (by.assessorIds.length) ors.push(inArray(workPlans.assessorId, by.assessorIds));
  if (by.top) ors.push(isNull(workPlans.assessorId));
  if (ors.length === 0) return [];
  return db
    .select({
      planId: workPlans.id,
      employee: {
        id: employees.id,
        name: employees.name,
        nip: employees.nip,
        positionTitle: employees.positionTitle,
      },
      unitName: units.name,
      evaluation: evaluations,
      objectionStatus: objections.status,
    })
    .from(workPlans)
    .innerJoin(employees, eq(employees.id, workPlans.employeeId))
    .innerJoin(units, eq(units.id, workPlans.unitId))
    .leftJoin(
      evaluations,
      and(eq(evaluations.employeeId, workPlans.employeeId), eq(evaluations.periodId, period.id)),
    )
    .leftJoin(objections, eq(objections.evaluationId, evaluations.id))
    .where(
      and(
        or(...ors),
        by.employeeId ? ne(workPlans.employeeId, by.employeeId) : undefined,
        eq(workPlans.cycleId, period.cycleId),
        eq(workPlans.isCurrent, true),
        eq(workPlans.status, 'approved'),
        // the plan in force at the period's end (after a transfer, the new assessor's; the old plan drops out)
        planCoversEnd(period),
      ),
    )
    .orderBy(asc(employees.name))
    .limit(500);
}

/**
 * The employee's final periodic evaluations of a cycle, in period order, with the plan each belongs to (the annual
 * pre-fill across plans).
 */
export async function finalPeriodicEvaluations(db: Executor, employeeId: string, cycleId: string) {
  const rows = await db
    .select({
      id: evaluations.id,
      periodId: periods.id,
      label: periods.label,
      periodStart: periods.startDate,
      periodEnd: periods.endDate,
      predicate: evaluations.predicate,
      plan: {
        id: workPlans.id,
        startDate: workPlans.startDate,
        endDate: workPlans.endDate,
        unitId: workPlans.unitId,
        snapshot: workPlans.snapshot,
      },
    })
    .from(evaluations)
    .innerJoin(periods, eq(periods.id, evaluations.periodId))
    .innerJoin(workPlans, eq(workPlans.id, evaluations.workPlanId))
    .where(
      and(
        eq(evaluations.employeeId, employeeId),
        eq(periods.cycleId, cycleId),
        eq(periods.kind, 'periodic'),
        eq(evaluations.status, 'final'),
      ),
    )
    .orderBy(asc(periods.index));
  return rows.flatMap((r) => (r.predicate ? [{ ...r, predicate: r.predicate }] : []));
}

/** The employee's plans of a cycle (the versions in force), in order of their start. */
export async function plansOfCycle(db: Executor, employeeId: string, cycleId: string) {
  return db
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
}

// ── organisation predicates ──

export async function currentOrgPredicate(db: Executor, unitId: string, periodId: string) {
  const [row] = await db
    .select()
    .from(orgPredicates)
    .where(and(eq(orgPredicates.unitId, unitId), eq(orgPredicates.periodId, periodId)))
    .orderBy(desc(orgPredicates.seq))
    .limit(1);
  return row;
}

export async function orgPredicateHistory(db: Executor, unitId: string, periodId: string) {
  return db
    .select()
    .from(orgPredicates)
    .where(and(eq(orgPredicates.unitId, unitId), eq(orgPredicates.periodId, periodId)))
    .orderBy(desc(orgPredicates.seq))
    .limit(200);
}

/** The predicate in force per unit for a period. */
export async function currentOrgPredicates(db: Executor, unitIds: string[], periodId: string) {
  if (unitIds.length === 0) return new Map<string, OrgPredicateRow>();
  const rows = await db
    .selectDistinctOn([orgPredicates.unitId])
    .from(orgPredicates)
    .where(and(inArray(orgPredicates.unitId, unitIds), eq(orgPredicates.periodId, periodId)))
    .orderBy(orgPredicates.unitId, desc(orgPredicates.seq));
  return new Map(rows.map((r) => [r.unitId, r]));
}

// ── distribution population: population.repository.ts ──

export * from './population.repository.js';

// ── objections ──

export async function objectionOf(db: Executor, evaluationId: string) {
  const [row] = await db.select().from(objections).where(eq(objections.evaluationId, evaluationId)).limit(1);
  return row;
}

export async function findObjection(db: Executor, id: string) {
  const [row] = await db.select().from(objections).where(eq(objections.id, id)).limit(1);
  return row;
}

export async function lockObjection(db: Executor, id: string) {
  const [row] = await db.select().from(objections).where(eq(objections.id, id)).limit(1).for('update');
  return row;
}

/**
 * A page of objections with their evaluation and period label; `me` (when given) keeps those filed by, to be
 * decided by, or about evaluations made by this employee.
 */
export async function listObjections(
  db: Executor,
  q: { status?: 'open' | 'decided' | undefined; limit: number; offset: number },
  me: string | null,
) {
  const conditions: SQL[] = [];
  if (q.status === 'open') conditions.push(ne(objections.status, 'decided'));
  if (q.status === 'decided') conditions.push(eq(objections.status, 'decided'));
  if (me)
    conditions.push(
      or(eq(objections.employeeId, me), eq(objections.deciderId, me), eq(evaluations.assessorId, me))!,
    );
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ objection: objections, evaluation: evaluations, periodLabel: periods.label })
      .from(objections)
      .innerJoin(evaluations, eq(evaluations.id, objections.evaluationId))
      .innerJoin(periods, eq(periods.id, evaluations.periodId))
      .where(where)
      .orderBy(desc(objections.createdAt), desc(objections.id))
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({ n: count() })
      .from(objections)
      .innerJoin(evaluations, eq(evaluations.id, objections.evaluationId))
      .where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

// ── settings ──
