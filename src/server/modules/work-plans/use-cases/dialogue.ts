import { diffPlanContent } from '../../../../domain/work-plans/diff.js';
import type {
  PlanChangesView,
  PlanCommentView,
  PlanVersionView,
} from '../../../../domain/work-plans/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { assertCycleOpen } from '../../cycles/index.js';
import { requireDialogueParty } from '../work-plans.policy.js';
import { buildPlanView, contentOf } from '../work-plans.presenter.js';
import * as repo from '../work-plans.repository.js';
import { readPlan, withPlan } from './shared.js';
import { addComment } from './workflow.js';

const presentComment = (c: Awaited<ReturnType<typeof repo.listComments>>[number]): PlanCommentView => ({
  id: c.id,
  kind: c.kind,
  body: c.body,
  authorName: c.authorName,
  authorUserId: c.authorUserId,
  createdAt: c.createdAt.toISOString(),
});

export async function listComments(deps: Deps, ctx: RequestContext, planId: string) {
  return readPlan(deps, ctx, planId, async (db, plan) => ({
    items: (await repo.listComments(db, plan.id)).map(presentComment),
  }));
}

/** Both sides of the approval dialogue write in one thread on the plan. */
export async function postComment(deps: Deps, ctx: RequestContext, planId: string, body: string) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireDialogueParty(rel);
    await assertCycleOpen(tx, plan.cycleId, 'comment');
    await addComment(tx, plan, rel, 'comment', body, now);
    await appendAudit(
      tx,
      ctx,
      { action: 'work_plan.comment', entityType: 'work_plan', entityId: plan.id, after: { body } },
      now,
    );
    const all = await repo.listComments(tx, plan.id);
    return presentComment(all[all.length - 1]!);
  });
}

/**
 * What changed: by default the current content against the last submission (what the employee changed since);
 * with `against=previous`, the last submission against the one before (what a reviewer sees on resubmission).
 */
export async function planChanges(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  against: 'last' | 'previous',
) {
  return readPlan(deps, ctx, planId, async (db, plan, rel): Promise<PlanChangesView> => {
    const [last, previous] = await repo.listSubmissions(db, plan.id);
    const meta = (s: typeof last) => (s ? { seq: s.seq, submittedAt: s.createdAt.toISOString() } : null);
    if (against === 'previous') {
      if (!last || !previous) return { base: meta(previous), target: meta(last) ?? 'current', changes: [] };
      return {
        base: meta(previous),
        target: meta(last)!,
        changes: diffPlanContent(previous.content, last.content),
      };
    }
    if (!last) return { base: null, target: 'current', changes: [] };
    const current = contentOf(await buildPlanView(db, plan, rel));
    return {
      base: meta(last),
      target: 'current',
      changes: diffPlanContent(last.content, current),
    };
  });
}

export async function planVersions(deps: Deps, ctx: RequestContext, planId: string) {
  return readPlan(deps, ctx, planId, async (db, plan) => ({
    items: (await repo.versionChain(db, plan.id)).map((v): PlanVersionView => ({
      id: v.id,
      revision: v.revision,
      status: v.status,
      isCurrent: v.isCurrent,
      amendmentReason: v.amendmentReason,
      approvedAt: v.approvedAt?.toISOString() ?? null,
      createdAt: v.createdAt.toISOString(),
    })),
  }));
}
