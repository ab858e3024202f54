import { dateIn } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { fieldInvalid, notFound } from '../../../platform/errors.js';
import { findPlan, relationTo, type PlanRelation, type PlanRow } from '../../work-plans/index.js';
import * as repo from '../progress.repository.js';

/** Reads need no lock: the plan and the caller's relation to it (404 when they may not see it). */
export async function viewPlan(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
): Promise<{ plan: PlanRow; rel: PlanRelation }> {
  const db = deps.database.db;
  const plan = await findPlan(db, planId);
  if (!plan) throw notFound();
  return { plan, rel: await relationTo(db, ctx, plan, dateIn(deps.clock.now())) };
}

/** A period of the plan's cycle (400 on `path` otherwise). */
export async function periodOfPlan(db: Executor, plan: PlanRow, periodId: string, path = 'periodId') {
  const period = await repo.findPeriodRow(db, periodId);
  if (!period || period.cycleId !== plan.cycleId)
    throw fieldInvalid(path, 'progress.periodNotInCycle', 'not_in_cycle');
  return period;
}
