import { and, asc, count, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import {
  developmentPlanItems,
  developmentPlans,
  employees,
  escalations,
  evaluations,
  improvementPeriods,
  periods,
  units,
  users,
} from '../../platform/db/schema.js';

/** Reads of improvement periods and escalations. Writes live in the use cases (with their audit entries). */

export type ImprovementPeriodRow = typeof improvementPeriods.$inferSelect;
export type EscalationRow = typeof escalations.$inferSelect;

/** Every improvement period of an employee, oldest first (a handful at most). */
export async function periodsOfEmployee(db: Executor, employeeId: string) {
  return db
    .select()
    .from(improvementPeriods)
    .where(eq(improvementPeriods.employeeId, employeeId))
    .orderBy(asc(improvementPeriods.startDate), asc(improvementPeriods.createdAt));
}

/** The same, with the opening evaluation's period label and predicate (the employee's list). */
export async function periodViewsOfEmployee(db: Executor, employeeId: string) {
  return db
    .select({ period: improvementPeriods, periodLabel: periods.label, predicate: evaluations.predicate })
    .from(improvementPeriods)
    .innerJoin(evaluations, eq(evaluations.id, improvementPeriods.evaluationId))
    .leftJoin(periods, eq(periods.id, evaluations.periodId))
    .where(eq(improvementPeriods.employeeId, employeeId))
    .orderBy(desc(improvementPeriods.startDate), desc(improvementPeriods.createdAt))
    .limit(100);
}

/** Whether an evaluation opened an improvement period. */
export async function hasPeriodOpenedBy(db: Executor, evaluationId: string) {
  const [row] = await db
    .select({ id: improvementPeriods.id })
    .from(improvementPeriods)
    .where(eq(improvementPeriods.evaluationId, evaluationId))
    .limit(1);
  return row !== undefined;
}

export async function escalationsOfPeriods(db: Executor, periodIds: string[]) {
  if (periodIds.length === 0) return [];
  return db
    .select({
      id: escalations.id,
      improvementPeriodId: escalations.improvementPeriodId,
      evaluationId: escalations.evaluationId,
      status: escalations.status,
      decision: escalations.decision,
      note: escalations.note,
      decidedAt: escalations.decidedAt,
    })
    .from(escalations)
    .where(inArray(escalations.improvementPeriodId, periodIds))
    .orderBy(asc(escalations.createdAt));
}

export async function lockPeriod(db: Executor, id: string) {
  const [row] = await db.select().from(improvementPeriods).where(eq(improvementPeriods.id, id)).for('update');
  return row;
}

export async function escalationOfEvaluation(db: Executor, evaluationId: string) {
  const [row] = await db
    .select()
    .from(escalations)
    .where(eq(escalations.evaluationId, evaluationId))
    .limit(1);
  return row;
}

/** The evaluation's period (kind and label). */
export async function periodOf(db: Executor, periodId: string) {
  const [row] = await db
    .select({ kind: periods.kind, label: periods.label })
    .from(periods)
    .where(eq(periods.id, periodId))
    .limit(1);
  return row;
}

/** An evaluation as the escalation's history keeps it. */
export async function historyEvaluation(db: Executor, evaluationId: string) {
  const [row] = await db
    .select({
      evaluationId: evaluations.id,
      periodLabel: periods.label,
      periodKind: periods.kind,
      predicate: evaluations.predicate,
      resultRating: evaluations.resultRating,
      behaviourRating: evaluations.behaviourRating,
      finalizedAt: evaluations.finalizedAt,
      assessorName: evaluations.finalizedByName,
    })
    .from(evaluations)
    .innerJoin(periods, eq(periods.id, evaluations.periodId))
    .where(eq(evaluations.id, evaluationId))
    .limit(1);
  return row;
}

/** The development plan the finalisation made for an evaluation (the development module makes one per poor one). */
export async function planOfEvaluation(db: Executor, evaluationId: string) {
  const [row] = await db
    .select({ id: developmentPlans.id })
    .from(developmentPlans)
    .where(eq(developmentPlans.evaluationId, evaluationId))
    .limit(1);
  return row?.id ?? null;
}

/**
 * The development plans an escalation's history shows: the improvement period's own plan and every plan of the
 * employee made since the period's opening evaluation was finalised, with their items counted by status.
 */
export async function plansSince(db: Executor, employeeId: string, since: Date, planId: string | null) {
  const plans = await db
    .select({ plan: developmentPlans, periodLabel: periods.label })
    .from(developmentPlans)
    .leftJoin(periods, eq(periods.id, developmentPlans.periodId))
    .where(
      and(
        eq(developmentPlans.employeeId, employeeId),
        planId
          ? or(gte(developmentPlans.createdAt, since), eq(developmentPlans.id, planId))
          : gte(developmentPlans.createdAt, since),
      ),
    )
    .orderBy(asc(developmentPlans.createdAt))
    .limit(50);
  const ids = plans.map((p) => p.plan.id);
  const counts = ids.length
    ? await db
        .select({ planId: developmentPlanItems.planId, status: developmentPlanItems.status, n: count() })
        .from(developmentPlanItems)
        .where(inArray(developmentPlanItems.planId, ids))
        .groupBy(developmentPlanItems.planId, developmentPlanItems.status)
    : [];
  return plans.map(({ plan, periodLabel }) => {
    const items = { planned: 0, completed: 0, cancelled: 0 };
    for (const c of counts) if (c.planId === plan.id) items[c.status] = Number(c.n);
    return { plan, periodLabel, items };
  });
}

/** Active accounts of the agency heads and HR administrators: told when an escalation is raised. */
export async function escalationRecipients(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), sql`${users.roles} && ARRAY['agency_head','hr_admin']::text[]`));
  return rows.map((r) => r.id);
}

const escalationColumns = {
  escalation: escalations,
  period: improvementPeriods,
  employeeName: employees.name,
  nip: employees.nip,
  asnType: employees.asnType,
  positionTitle: employees.positionTitle,
  unitId: employees.unitId,
  unitName: units.name,
};

export type EscalationListRow = {
  escalation: EscalationRow;
  period: ImprovementPeriodRow;
  employeeName: string;
  nip: string;
  asnType: 'PNS' | 'PPPK';
  positionTitle: string;
  unitId: string;
  unitName: string | null;
};

export async function listEscalations(
  db: Executor,
  q: { status?: 'open' | 'decided' | undefined; limit: number; offset: number },
): Promise<{ rows: EscalationListRow[]; total: number }> {
  const where = q.status ? eq(escalations.status, q.status) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select(escalationColumns)
      .from(escalations)
      .innerJoin(improvementPeriods, eq(improvementPeriods.id, escalations.improvementPeriodId))
      .innerJoin(employees, eq(employees.id, escalations.employeeId))
      .leftJoin(units, eq(units.id, employees.unitId))
      .where(where)
      .orderBy(desc(escalations.createdAt), desc(escalations.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(escalations).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function findEscalation(db: Executor, id: string): Promise<EscalationListRow | undefined> {
  const [row] = await db
    .select(escalationColumns)
    .from(escalations)
    .innerJoin(improvementPeriods, eq(improvementPeriods.id, escalations.improvementPeriodId))
    .innerJoin(employees, eq(employees.id, escalations.employeeId))
    .leftJoin(units, eq(units.id, employees.unitId))
    .where(eq(escalations.id, id))
    .limit(1);
  return row;
}

export async function lockEscalation(db: Executor, id: string) {
  const [row] = await db.select().from(escalations).where(eq(escalations.id, id)).for('update');
  return row;
}

export async function employeeExists(db: Executor, id: string) {
  const [row] = await db.select({ id: employees.id }).from(employees).where(eq(employees.id, id)).limit(1);
  return row !== undefined;
}

export async function employeeName(db: Executor, id: string | null) {
  if (!id) return null;
  const [row] = await db
    .select({ name: employees.name })
    .from(employees)
    .where(eq(employees.id, id))
    .limit(1);
  return row?.name ?? null;
}
