import { eq, sql } from 'drizzle-orm';
import { dateIn } from '../../../../domain/dates.js';
import { nextStatus } from '../../../../domain/work-plans/status.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Tx } from '../../../platform/db/client.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import {
  planBehaviours,
  planComments,
  planIndicators,
  planResults,
  planSubmissions,
  workPlans,
} from '../../../platform/db/schema.js';
import { AppError, fieldConflict } from '../../../platform/errors.js';
import { notify, texts } from '../../notifications/index.js';
import { assertCycleOpen } from '../../cycles/index.js';
import type { PlanRelation } from '../work-plans.policy.js';
import { requireAssessor, requireEditor, requireOwner } from '../work-plans.policy.js';
import { buildPlanView, contentOf, indicatorContent } from '../work-plans.presenter.js';
import * as repo from '../work-plans.repository.js';
import { assertNotEnded, assertTransition, invalidTransition, planSnapshot, withPlan } from './shared.js';

export async function addComment(
  tx: Tx,
  plan: repo.PlanRow,
  rel: PlanRelation,
  kind: 'comment' | 'submit' | 'return' | 'approve' | 'amend',
  body: string,
  now: Date,
) {
  await tx.insert(planComments).values({
    workPlanId: plan.id,
    authorUserId: rel.actor.userId,
    authorName: nameFor(plan, rel),
    kind,
    body,
    createdAt: now,
    updatedAt: now,
  });
}

/** The name shown in the dialogue: the person (from the plan's snapshot) rather than the account name. */
export function nameFor(plan: repo.PlanRow, rel: PlanRelation): string {
  const snap = plan.snapshot;
  if (rel.owner) return snap.employee.name;
  if (rel.assessor && !rel.top && !rel.standIn && snap.assessor) return snap.assessor.name;
  return rel.actor.username;
}

/** The audit entry of a status step: the plan's status before and after, and what the step adds. */
const statusAudit = (action: string, extra: Record<string, unknown>) => ({
  action,
  entityType: 'work_plan',
  snapshot: (row: repo.PlanRow) => ({ status: row.status }),
  extra,
});

/** The employee submits: every precondition of domain §3 must hold; the content is kept for later diffs. */
export async function submitPlan(deps: Deps, ctx: RequestContext, planId: string) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireOwner(rel);
    assertNotEnded(plan, 'submit');
    await assertCycleOpen(tx, plan.cycleId, 'submit');
    const to = nextStatus(plan.status, 'submit');
    if (!to) throw invalidTransition(plan, 'submit');
    // Refresh the people snapshot: a submission states who is who at that moment.
    const snapshot = await planSnapshot(tx, plan.employeeId, plan.assessorId);
    const view = await buildPlanView(tx, { ...plan, snapshot }, rel);
    if (view.submitProblems.length > 0) {
      throw new AppError('INVALID_TRANSITION', 'plan.submitPreconditions', {
        status: plan.status,
        action: 'submit',
        problems: view.submitProblems,
      });
    }
    // a JPT plan states the perspective of every indicator (PermenPANRB 6/2022, lampiran SKP JPT)
    if (snapshot.employee.positionType === 'jpt') {
      const indicatorIds = view.results.flatMap((r) =>
        r.indicators.filter((i) => i.perspective === null).map((i) => i.id),
      );
      if (indicatorIds.length > 0)
        throw new AppError('INVALID_TRANSITION', 'plan.perspectiveMissing', {
          status: plan.status,
          action: 'submit',
          reason: 'perspective_missing',
          indicatorIds,
        });
    }
    const seq = (await repo.submissionCount(tx, plan.id)) + 1;
    await tx.insert(planSubmissions).values({
      workPlanId: plan.id,
      seq,
      content: contentOf(view),
      submittedBy: rel.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const row = await updateVersioned(
      tx,
      ctx,
      workPlans,
      plan,
      { status: to, submittedAt: now, snapshot },
      { now, audit: statusAudit('work_plan.submit', { submission: seq }) },
    );
    await addComment(tx, row, rel, 'submit', '', now);
    // the assessor, and whoever stands in for them today (a Plt/Plh), or the agency head when there is none
    const others = await repo.otherReviewers(tx, row.assessorId, dateIn(now));
    await notify(tx, {
      ...texts.planSubmitted({ planId: row.id, employeeName: snapshot.employee.name }),
      employeeIds: [...(row.assessorId ? [row.assessorId] : []), ...others.employeeIds],
      userIds: others.userIds,
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return buildPlanView(tx, row, rel);
  });
}

export async function returnPlan(deps: Deps, ctx: RequestContext, planId: string, comment: string) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireAssessor(rel);
    await assertCycleOpen(tx, plan.cycleId, 'return');
    const to = nextStatus(plan.status, 'return');
    if (!to) throw invalidTransition(plan, 'return');
    const row = await updateVersioned(
      tx,
      ctx,
      workPlans,
      plan,
      { status: to },
      { now, audit: statusAudit('work_plan.return', { comment }) },
    );
    await addComment(tx, row, rel, 'return', comment, now);
    await notify(tx, {
      ...texts.planReturned({ planId: row.id, assessorName: nameFor(row, rel), comment }),
      employeeIds: [row.employeeId],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return buildPlanView(tx, row, rel);
  });
}

/**
 * The assessor approves. Approving an amendment puts it in force: the amended version stops being current and
 * subordinates' links to its results move to the copies in the new version.
 */
export async function approvePlan(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  comment: string | null | undefined,
) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireAssessor(rel);
    await assertCycleOpen(tx, plan.cycleId, 'approve');
    const to = nextStatus(plan.status, 'approve');
    if (!to) throw invalidTransition(plan, 'approve');
    if (plan.amendsId) {
      await tx
        .update(workPlans)
        .set({ isCurrent: false, updatedAt: now })
        .where(eq(workPlans.id, plan.amendsId));
      await tx.execute(sql`
        UPDATE plan_results AS sub SET parent_result_id = copy.id, updated_at = ${now}
        FROM plan_results AS copy
        WHERE copy.work_plan_id = ${plan.id} AND copy.copied_from_id IS NOT NULL
          AND sub.parent_result_id = copy.copied_from_id`);
    }
    const row = await updateVersioned(
      tx,
      ctx,
      workPlans,
      plan,
      { status: to, approvedAt: now, approvedBy: rel.actor.userId, isCurrent: true },
      { now, audit: statusAudit('work_plan.approve', { comment: comment ?? null }) },
    );
    await addComment(tx, row, rel, 'approve', comment ?? '', now);
    await notify(tx, {
      ...texts.planApproved({ planId: row.id, assessorName: nameFor(row, rel), comment: comment ?? null }),
      employeeIds: [row.employeeId],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return buildPlanView(tx, row, rel);
  });
}

/**
 * An approved plan changes only by amendment: a new draft version linked to it, with a reason, copying its
 * content (results and indicators remember what they were copied from). It goes through submit/approve again.
 */
export async function amendPlan(deps: Deps, ctx: RequestContext, planId: string, reason: string) {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireEditor(rel);
    await assertCycleOpen(tx, plan.cycleId, 'amend');
    assertTransition(plan, 'amend');
    if (!plan.isCurrent) throw invalidTransition(plan, 'amend', { reason: 'not_current' });
    if (await repo.findAmendmentOf(tx, plan.id))
      throw fieldConflict('amendsId', 'plan.amendmentExists', 'amendment_exists');
    const [created] = await tx
      .insert(workPlans)
      .values({
        cycleId: plan.cycleId,
        employeeId: plan.employeeId,
        assessorId: plan.assessorId,
        assessorOverrideReason: plan.assessorOverrideReason,
        unitId: plan.unitId,
        startDate: plan.startDate,
        endDate: plan.endDate,
        approach: plan.approach,
        revision: plan.revision + 1,
        amendsId: plan.id,
        amendmentReason: reason,
        isCurrent: false,
        snapshot: await planSnapshot(tx, plan.employeeId, plan.assessorId),
        annex: plan.annex,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const next = created!;
    const content = await repo.planContent(tx, plan.id);
    const resultIds = new Map<string, string>();
    for (const r of content.results) {
      const [copy] = await tx
        .insert(planResults)
        .values({
          workPlanId: next.id,
          kind: r.kind,
          text: r.text,
          parentResultId: r.parentResultId,
          copiedFromId: r.id,
          position: r.position,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: planResults.id });
      resultIds.set(r.id, copy!.id);
    }
    if (content.indicators.length) {
      await tx.insert(planIndicators).values(
        content.indicators.map((i) => ({
          resultId: resultIds.get(i.resultId)!,
          workPlanId: next.id,
          ...indicatorContent(i),
          copiedFromId: i.id,
          position: i.position,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    if (content.behaviours.length) {
      await tx.insert(planBehaviours).values(
        content.behaviours.map((b) => ({
          workPlanId: next.id,
          value: b.value,
          expectation: b.expectation,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    await addComment(tx, next, rel, 'amend', reason, now);
    await appendAudit(
      tx,
      ctx,
      {
        action: 'work_plan.amend',
        entityType: 'work_plan',
        entityId: next.id,
        before: { amends: plan.id, revision: plan.revision },
        after: { revision: next.revision, reason },
      },
      now,
    );
    return buildPlanView(tx, next, rel);
  });
}
