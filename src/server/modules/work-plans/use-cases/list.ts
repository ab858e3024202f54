import type { WorkPlanListItem } from '../../../../domain/work-plans/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { dateIn } from '../../../../domain/dates.js';
import { actorCan, requireActor } from '../../auth/index.js';
import { standsFor } from '../../org/index.js';
import { seesAgency } from '../work-plans.policy.js';
import * as repo from '../work-plans.repository.js';

export interface ListQuery {
  cycleId?: string | undefined;
  employeeId?: string | undefined;
  assessorId?: string | undefined;
  assessedBy?: 'me' | undefined;
  status?: 'draft' | 'submitted' | 'returned' | 'approved' | undefined;
  current: 'true' | 'false';
  limit: number;
  offset: number;
}

/** Plans the caller may see: their own, those they assess, their (indirect) subordinates'; all for HR and readers. */
export async function listWorkPlans(deps: Deps, ctx: RequestContext, q: ListQuery) {
  const actor = requireActor(ctx);
  const { db } = deps.database;
  const standInFor = actor.employeeId
    ? (await standsFor(db, actor.employeeId, dateIn(deps.clock.now()))).map((s) => s.headId)
    : [];
  const visibleTo = seesAgency(actor)
    ? null
    : {
        employeeId: actor.employeeId,
        subordinateIds: actor.employeeId ? await repo.subordinatesBelow(db, actor.employeeId) : [],
        standInFor,
      };
  const assessedBy =
    q.assessedBy === 'me'
      ? {
          assessorIds: [...(actor.employeeId ? [actor.employeeId] : []), ...standInFor],
          top: actorCan(actor, 'assess:top'),
          employeeId: actor.employeeId,
        }
      : undefined;
  const { items, total } = await repo.listPlans(
    db,
    {
      cycleId: q.cycleId,
      employeeId: q.employeeId,
      assessorId: q.assessorId,
      assessedBy,
      status: q.status,
      currentOnly: q.current === 'true',
      visibleTo,
    },
    q.limit,
    q.offset,
  );
  return {
    total,
    items: items.map((x): WorkPlanListItem => ({
      id: x.plan.id,
      cycleId: x.plan.cycleId,
      employeeId: x.plan.employeeId,
      employeeName: x.employeeName,
      employeeNip: x.employeeNip,
      unitId: x.plan.unitId,
      unitName: x.unitName,
      startDate: x.plan.startDate,
      endDate: x.plan.endDate,
      ended: x.plan.endDate !== null,
      assessorId: x.plan.assessorId,
      status: x.plan.status,
      approach: x.plan.approach,
      revision: x.plan.revision,
      isCurrent: x.plan.isCurrent,
      resultCount: Number(x.resultCount),
      pendingLinks: Number(x.pendingLinks),
      submittedAt: x.plan.submittedAt?.toISOString() ?? null,
      approvedAt: x.plan.approvedAt?.toISOString() ?? null,
      updatedAt: x.plan.updatedAt.toISOString(),
    })),
  };
}
