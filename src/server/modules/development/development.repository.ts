import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { CatalogueItem } from '../../../domain/development/recommendations.js';
import type { FocusSource } from '../../../domain/development/focus-areas.js';
import type { BehaviourValue } from '../../../domain/work-plans/berakhlak.js';
import type { Executor } from '../../platform/db/client.js';
import {
  developmentPlanItems,
  developmentPlans,
  employees,
  evaluations,
  feedback,
  periods,
  planIndicators,
  planResults,
  trainings,
} from '../../platform/db/schema.js';

/** Reads of the development module; the use cases write. */

export type PlanRow = typeof developmentPlans.$inferSelect;
export type ItemRow = typeof developmentPlanItems.$inferSelect;

export const findPlan = async (db: Executor, id: string): Promise<PlanRow | undefined> =>
  (await db.select().from(developmentPlans).where(eq(developmentPlans.id, id)).limit(1))[0];

/** The plan, locked for the rest of the transaction (steps on a plan and its items serialise on it). */
export const lockPlan = async (db: Executor, id: string): Promise<PlanRow | undefined> =>
  (await db.select().from(developmentPlans).where(eq(developmentPlans.id, id)).limit(1).for('update'))[0];

export const findPlanOfEvaluation = async (db: Executor, evaluationId: string) =>
  (
    await db
      .select()
      .from(developmentPlans)
      .where(eq(developmentPlans.evaluationId, evaluationId))
      .limit(1)
      .for('update')
  )[0];

export const findItem = async (db: Executor, id: string): Promise<ItemRow | undefined> =>
  (await db.select().from(developmentPlanItems).where(eq(developmentPlanItems.id, id)).limit(1))[0];

export const lockItem = async (db: Executor, id: string): Promise<ItemRow | undefined> =>
  (
    await db.select().from(developmentPlanItems).where(eq(developmentPlanItems.id, id)).limit(1).for('update')
  )[0];

/** The items of the plans, oldest first, with the catalogue provider of catalogue items. */
export async function itemsOf(db: Executor, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({ item: developmentPlanItems, provider: trainings.provider })
    .from(developmentPlanItems)
    .leftJoin(trainings, eq(trainings.id, developmentPlanItems.trainingId))
    .where(inArray(developmentPlanItems.planId, [...planIds]))
    .orderBy(asc(developmentPlanItems.createdAt), asc(developmentPlanItems.id));
}
export type ItemWithProvider = Awaited<ReturnType<typeof itemsOf>>[number];

/** An employee's plans (open, done, cancelled), newest first, with their period's label. */
export function plansOfEmployee(db: Executor, employeeId: string) {
  return db
    .select({ plan: developmentPlans, periodLabel: periods.label })
    .from(developmentPlans)
    .leftJoin(periods, eq(periods.id, developmentPlans.periodId))
    .where(eq(developmentPlans.employeeId, employeeId))
    .orderBy(desc(developmentPlans.createdAt), desc(developmentPlans.id))
    .limit(200);
}

/** The names and the period around a plan. */
export async function planContext(db: Executor, plan: PlanRow) {
  const ids = [plan.employeeId, plan.assessorId].filter((x): x is string => x !== null);
  const [people, period] = await Promise.all([
    db.select({ id: employees.id, name: employees.name }).from(employees).where(inArray(employees.id, ids)),
    plan.periodId
      ? db.select().from(periods).where(eq(periods.id, plan.periodId)).limit(1)
      : Promise.resolve([]),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return {
    employeeName: names.get(plan.employeeId) ?? '',
    assessorName: plan.assessorId ? (names.get(plan.assessorId) ?? null) : null,
    period: period[0] ?? null,
  };
}

const catalogueColumns = {
  id: trainings.id,
  title: trainings.title,
  provider: trainings.provider,
  mode: trainings.mode,
  hours: trainings.hours,
  competences: trainings.competences,
  active: trainings.active,
};

/** Active catalogue programmes that build at least one of `competences` (the recommendation candidates). */
export async function catalogueFor(db: Executor, competences: readonly string[]): Promise<CatalogueItem[]> {
  if (competences.length === 0) return [];
  const wanted = sql.join(
    competences.map((c) => sql`${c}`),
    sql`, `,
  );
  return db
    .select(catalogueColumns)
    .from(trainings)
    .where(and(eq(trainings.active, true), sql`${trainings.competences} ?| ARRAY[${wanted}]::text[]`))
    .orderBy(asc(trainings.id))
    .limit(1000);
}

export const findTraining = async (db: Executor, id: string) =>
  (await db.select().from(trainings).where(eq(trainings.id, id)).limit(1))[0];

/** The employee's supervisor (the assessor of a voluntary plan). */
export const supervisorOf = async (db: Executor, employeeId: string) =>
  (
    await db
      .select({ id: employees.id, supervisorId: employees.supervisorId })
      .from(employees)
      .where(eq(employees.id, employeeId))
      .limit(1)
  )[0];

export const employeeName = async (db: Executor, employeeId: string | null) =>
  employeeId
    ? ((
        await db.select({ name: employees.name }).from(employees).where(eq(employees.id, employeeId)).limit(1)
      )[0]?.name ?? null)
    : null;

/**
 * What the focus areas are derived from, beyond the evaluation's ratings: its plan's results with their indicator
 * categories, and the root improvement feedback of its period on that plan.
 */
export async function focusInputs(
  db: Executor,
  evaluationId: string,
): Promise<
  | (Pick<FocusSource, 'results' | 'improvements'> & { assessorId: string | null; workPlanId: string })
  | undefined
> {
  const [ev] = await db
    .select({
      workPlanId: evaluations.workPlanId,
      periodId: evaluations.periodId,
      assessorId: evaluations.assessorId,
    })
    .from(evaluations)
    .where(eq(evaluations.id, evaluationId))
    .limit(1);
  if (!ev) return undefined;
  const [results, indicators, notes] = await Promise.all([
    db
      .select({ id: planResults.id, text: planResults.text })
      .from(planResults)
      .where(eq(planResults.workPlanId, ev.workPlanId))
      .orderBy(asc(planResults.position), asc(planResults.createdAt), asc(planResults.id)),
    db
      .select({ resultId: planIndicators.resultId, category: planIndicators.category })
      .from(planIndicators)
      .where(eq(planIndicators.workPlanId, ev.workPlanId)),
    db
      .select({ resultId: feedback.resultId, behaviour: feedback.behaviour, text: feedback.text })
      .from(feedback)
      .where(
        and(
          eq(feedback.workPlanId, ev.workPlanId),
          eq(feedback.periodId, ev.periodId),
          eq(feedback.kind, 'improvement'),
          isNull(feedback.replyTo),
        ),
      )
      .orderBy(asc(feedback.seq)),
  ]);
  return {
    workPlanId: ev.workPlanId,
    assessorId: ev.assessorId,
    results: results.map((r) => ({
      ...r,
      categories: indicators.filter((i) => i.resultId === r.id).map((i) => i.category),
    })),
    improvements: notes.map((n) => ({
      resultId: n.resultId,
      behaviour: (n.behaviour ?? null) as BehaviourValue | null,
      text: n.text,
    })),
  };
}
