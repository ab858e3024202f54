import { dateIn } from '../../../../domain/dates.js';
import { isAgreed, statusOf } from '../../../../domain/development/status.js';
import type { DevelopmentPlanDetail } from '../../../../domain/development/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { developmentPlans } from '../../../platform/db/schema.js';
import { assertVersion, updateVersioned } from '../../../platform/db/steps.js';
import { AppError } from '../../../platform/errors.js';
import { notify, texts } from '../../notifications/index.js';
import * as repo from '../development.repository.js';
import { assertOpen, requireParty } from '../development.policy.js';
import { planSnapshot } from '../development.presenter.js';
import { loadPlanDetail, withPlanStep } from './load-plan.js';

/**
 * The employee or the assessor agrees the plan as it stands: that party's time is set (once; agreeing again changes
 * nothing). A plan needs an item to be agreed. Agreed by both with every item completed, it is done.
 */
export async function agreePlan(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  version: number | undefined,
): Promise<DevelopmentPlanDetail> {
  return withPlanStep(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireParty(rel);
    assertOpen(plan, 'agree');
    assertVersion(plan, version);
    const items = await repo.itemsOf(tx, [plan.id]);
    if (!items.some((i) => i.item.status !== 'cancelled'))
      throw new AppError('INVALID_TRANSITION', 'development.noItems', {
        status: plan.status,
        action: 'agree',
        reason: 'no_items',
      });
    const set: Partial<
      Pick<repo.PlanRow, 'agreedByEmployeeAt' | 'agreedByAssessorAt' | 'agreedByAssessorName'>
    > = {};
    if (rel.employee && plan.agreedByEmployeeAt === null) set.agreedByEmployeeAt = now;
    if (rel.assessor && plan.agreedByAssessorAt === null) {
      set.agreedByAssessorAt = now;
      set.agreedByAssessorName = (await repo.employeeName(tx, rel.actor.employeeId)) ?? rel.actor.username;
    }
    const today = dateIn(now);
    if (Object.keys(set).length === 0) return loadPlanDetail(tx, plan, rel, today);
    const status = statusOf({
      hasAssessor: plan.assessorId !== null,
      agreedByEmployee: (set.agreedByEmployeeAt ?? plan.agreedByEmployeeAt) !== null,
      agreedByAssessor: (set.agreedByAssessorAt ?? plan.agreedByAssessorAt) !== null,
      items: items.map((i) => i.item),
    });
    const updated = await updateVersioned(
      tx,
      ctx,
      developmentPlans,
      plan,
      { ...set, status },
      {
        now,
        audit: {
          action: 'development_plan.agree',
          entityType: 'development_plan',
          snapshot: planSnapshot,
          extra: { party: rel.employee ? 'employee' : 'assessor' },
        },
      },
    );
    // the other party hears of it (in the same transaction: the notification commits with the agreement)
    const other = rel.employee ? plan.assessorId : plan.employeeId;
    if (other && other !== rel.actor.employeeId) {
      const [byName, employeeName] = await Promise.all([
        repo.employeeName(tx, rel.actor.employeeId),
        repo.employeeName(tx, plan.employeeId),
      ]);
      await notify(tx, {
        ...texts.developmentAgreed({
          planId: plan.id,
          byName: byName ?? rel.actor.username,
          employeeName: employeeName ?? '',
          both: isAgreed({
            hasAssessor: updated.assessorId !== null,
            agreedByEmployee: updated.agreedByEmployeeAt !== null,
            agreedByAssessor: updated.agreedByAssessorAt !== null,
          }),
        }),
        employeeIds: [other],
        at: now,
      });
    }
    return loadPlanDetail(tx, updated, rel, today);
  });
}
