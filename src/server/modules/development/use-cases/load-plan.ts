import { dateIn } from '../../../../domain/dates.js';
import { neededCompetences, recommend } from '../../../../domain/development/recommendations.js';
import { statusOf } from '../../../../domain/development/status.js';
import type { DevelopmentPlanDetail, DevelopmentPlanListItem } from '../../../../domain/development/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor, Tx } from '../../../platform/db/client.js';
import { developmentPlans } from '../../../platform/db/schema.js';
import { lockedStep, updateVersioned } from '../../../platform/db/steps.js';
import { notFound } from '../../../platform/errors.js';
import * as repo from '../development.repository.js';
import { planRelation, requireReader, type PlanRelation } from '../development.policy.js';
import { planSnapshot, presentPlanDetail, presentPlanListItem } from '../development.presenter.js';

/** A plan with its items, recommendations and what the caller may do, as `GET /development-plans/:id` shows it. */
export async function loadPlanDetail(
  db: Executor,
  plan: repo.PlanRow,
  rel: PlanRelation,
  today: string,
): Promise<DevelopmentPlanDetail> {
  const [items, context] = await Promise.all([repo.itemsOf(db, [plan.id]), repo.planContext(db, plan)]);
  const base = presentPlanListItem(plan, null, [], today);
  const inPlan = items
    .filter((i) => i.item.status !== 'cancelled' && i.item.trainingId)
    .map((i) => i.item.trainingId!);
  const catalogue =
    plan.status === 'open' ? await repo.catalogueFor(db, neededCompetences(base.focusAreas)) : [];
  const recommendations = recommend(catalogue, base.focusAreas, { exclude: inPlan });
  return presentPlanDetail({ plan, items, context, recommendations, rel, today });
}

export async function getDevelopmentPlan(deps: Deps, ctx: RequestContext, id: string) {
  const db = deps.database.db;
  const plan = await repo.findPlan(db, id);
  if (!plan) throw notFound();
  const rel = await planRelation(db, ctx, plan);
  return loadPlanDetail(db, plan, rel, dateIn(deps.clock.now()));
}

/** `GET /employees/:id/development-plans`: newest first, with agreement, progress and the items' lines. */
export async function listDevelopmentPlans(
  deps: Deps,
  ctx: RequestContext,
  employeeId: string,
): Promise<{ items: DevelopmentPlanListItem[] }> {
  const db = deps.database.db;
  await requireReader(db, ctx, employeeId);
  const rows = await repo.plansOfEmployee(db, employeeId);
  const items = await repo.itemsOf(
    db,
    rows.map((r) => r.plan.id),
  );
  const today = dateIn(deps.clock.now());
  return {
    items: rows.map(({ plan, periodLabel }) => presentPlanListItem(plan, periodLabel ?? null, items, today)),
  };
}

/** A locked step on a plan: 404 when there is none or the caller may not read it. */
export function withPlanStep<T>(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  step: (tx: Tx, plan: repo.PlanRow, rel: PlanRelation, now: Date) => Promise<T>,
): Promise<T> {
  return lockedStep(
    deps,
    (tx) => repo.lockPlan(tx, planId),
    (tx, plan) => planRelation(tx, ctx, plan),
    step,
  );
}

/** A locked step on an item and its plan (the plan locked first, as every step on the plan does). */
export function withItemStep<T>(
  deps: Deps,
  ctx: RequestContext,
  itemId: string,
  step: (tx: Tx, plan: repo.PlanRow, item: repo.ItemRow, rel: PlanRelation, now: Date) => Promise<T>,
): Promise<T> {
  return lockedStep(
    deps,
    async (tx) => {
      const found = await repo.findItem(tx, itemId);
      if (!found) return undefined;
      const plan = await repo.lockPlan(tx, found.planId);
      const item = await repo.lockItem(tx, itemId);
      return plan && item ? { plan, item } : undefined;
    },
    (tx, { plan }) => planRelation(tx, ctx, plan),
    (tx, { plan, item }, rel, now) => step(tx, plan, item, rel, now),
  );
}

/**
 * After the items changed: clears both agreements when asked (an item added or cancelled changes what was agreed)
 * and sets the status the items and agreements give (done once agreed and every item completed). Writes only when
 * something changes; returns the plan as it is now.
 */
export async function settlePlan(
  tx: Tx,
  ctx: RequestContext,
  plan: repo.PlanRow,
  now: Date,
  options: { clearAgreements: boolean },
): Promise<repo.PlanRow> {
  const clear =
    options.clearAgreements && (plan.agreedByEmployeeAt !== null || plan.agreedByAssessorAt !== null);
  const items = await repo.itemsOf(tx, [plan.id]);
  const status = statusOf({
    hasAssessor: plan.assessorId !== null,
    agreedByEmployee: !clear && plan.agreedByEmployeeAt !== null,
    agreedByAssessor: !clear && plan.agreedByAssessorAt !== null,
    items: items.map((i) => i.item),
  });
  if (!clear && status === plan.status) return plan;
  return updateVersioned(
    tx,
    ctx,
    developmentPlans,
    plan,
    {
      status,
      ...(clear ? { agreedByEmployeeAt: null, agreedByAssessorAt: null, agreedByAssessorName: null } : {}),
    },
    {
      now,
      audit: {
        action: status === 'done' ? 'development_plan.done' : 'development_plan.agreement_cleared',
        entityType: 'development_plan',
        snapshot: planSnapshot,
      },
    },
  );
}
