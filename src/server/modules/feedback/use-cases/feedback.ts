import { buildThreads } from '../../../../domain/feedback/rules.js';
import type { FeedbackInput } from '../../../../domain/feedback/schemas.js';
import type { FeedbackItemView, FeedbackThreadView } from '../../../../domain/feedback/view.js';
import type { BehaviourValue } from '../../../../domain/work-plans/berakhlak.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { feedback } from '../../../platform/db/schema.js';
import { AppError, fieldInvalid } from '../../../platform/errors.js';
import { notify, texts } from '../../notifications/index.js';
import {
  assertCurrent,
  displayName,
  periodOfPlan,
  planAncestry,
  requireParty,
  resultLineage,
  viewPlan,
} from '../../progress/index.js';
import { withPlan } from '../../work-plans/index.js';
import { assertCycleOpen } from '../../cycles/index.js';
import { presentFeedback } from '../feedback.presenter.js';
import * as repo from '../feedback.repository.js';

/**
 * Continuous feedback (umpan balik berkelanjutan): the assessing official starts a thread about a result, a
 * behaviour value or the period in general, tagged strength or improvement; the employee and the assessor reply.
 * It is visible to the employee at once.
 */
export async function postFeedback(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  input: FeedbackInput,
): Promise<FeedbackItemView> {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    const authorName = await displayName(tx, rel.actor.employeeId, rel.actor.username);
    let values: Omit<typeof feedback.$inferInsert, 'authorUserId' | 'authorName'>;
    if (input.replyTo) {
      requireParty(rel, 'feedback.partiesOnly');
      await assertCycleOpen(tx, plan.cycleId, 'reply_feedback');
      assertCurrent(plan, 'reply_feedback');
      const target = await repo.findFeedback(tx, input.replyTo);
      if (!target || !(await planAncestry(tx, plan.id)).includes(target.workPlanId))
        throw fieldInvalid('replyTo', 'feedback.replyToNotFound', 'not_found');
      const root = target.replyTo ? ((await repo.findFeedback(tx, target.replyTo)) ?? target) : target;
      if (input.periodId && input.periodId !== root.periodId)
        throw fieldInvalid('periodId', 'feedback.replyPeriod', 'period_mismatch');
      values = {
        workPlanId: root.workPlanId,
        periodId: root.periodId,
        resultId: root.resultId,
        behaviour: root.behaviour,
        kind: null,
        replyTo: root.id,
        text: input.text,
      };
    } else {
      if (!rel.assessor) {
        throw new AppError('FORBIDDEN', 'feedback.assessorOnly');
      }
      await assertCycleOpen(tx, plan.cycleId, 'give_feedback');
      assertCurrent(plan, 'give_feedback');
      const period = await periodOfPlan(tx, plan, input.periodId!);
      if (input.resultId && !(await repo.findResultOfPlan(tx, plan.id, input.resultId)))
        throw fieldInvalid('resultId', 'feedback.resultNotInPlan', 'not_in_plan');
      values = {
        workPlanId: plan.id,
        periodId: period.id,
        resultId: input.resultId ?? null,
        behaviour: input.behaviour ?? null,
        kind: input.kind!,
        replyTo: null,
        text: input.text,
      };
    }
    const [row] = await tx
      .insert(feedback)
      .values({
        ...values,
        authorUserId: rel.actor.userId,
        authorEmployeeId: rel.actor.employeeId,
        authorName,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendAudit(
      tx,
      ctx,
      {
        action: row!.replyTo ? 'feedback.reply' : 'feedback.create',
        entityType: 'feedback',
        entityId: row!.id,
        after: {
          workPlanId: row!.workPlanId,
          periodId: row!.periodId,
          resultId: row!.resultId,
          behaviour: row!.behaviour,
          kind: row!.kind,
          replyTo: row!.replyTo,
          text: row!.text,
        },
      },
      now,
    );
    // The employee hears of new feedback; a reply goes to the other party of the plan.
    const message = row!.replyTo
      ? texts.feedbackReply({ planId: plan.id, feedbackId: row!.id, authorName, text: row!.text })
      : texts.feedbackReceived({
          planId: plan.id,
          feedbackId: row!.id,
          authorName,
          kind: row!.kind!,
          text: row!.text,
        });
    const to = !row!.replyTo ? plan.employeeId : rel.owner ? plan.assessorId : plan.employeeId;
    if (to) await notify(tx, { ...message, employeeIds: [to], exceptUserId: rel.actor.userId, at: now });
    return presentFeedback(row!, plan.employeeId);
  });
}

/** The threads of a plan (and of the versions it amends), roots and replies oldest first. */
export async function listFeedback(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  query: {
    periodId?: string | undefined;
    resultId?: string | undefined;
    behaviour?: BehaviourValue | undefined;
  },
): Promise<{ items: FeedbackThreadView[] }> {
  const { plan } = await viewPlan(deps, ctx, planId);
  const db = deps.database.db;
  const [ancestry, lineage] = await Promise.all([planAncestry(db, plan.id), resultLineage(db, plan.id)]);
  const rows = await repo.listFeedback(db, ancestry, query.periodId);
  const present = (r: repo.FeedbackRow) => presentFeedback(r, plan.employeeId, (id) => lineage.get(id) ?? id);
  const items = buildThreads(rows)
    .map(({ root, replies }) => ({ ...present(root), replies: replies.map(present) }))
    .filter((thread) => (query.resultId ? thread.resultId === query.resultId : true))
    .filter((thread) => (query.behaviour ? thread.behaviour === query.behaviour : true));
  return { items };
}
