import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { objections } from '../../../platform/db/schema.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { notify, texts } from '../../notifications/index.js';
import { loadObjectionView } from './context.js';
import { assertObjectionTransition, deciderOnly, deciderName, withObjection } from './steps.js';

/** The decider asks both parties for written explanations (PP 30/2019 art. 59). */
export async function requestExplanations(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { note?: string | null | undefined },
) {
  return withObjection(deps, ctx, id, async (tx, o, evaluation, rel, now) => {
    deciderOnly(o, rel);
    assertObjectionTransition(o, 'request_explanations');
    const note = input.note ?? null;
    const updated = await updateVersioned(
      tx,
      ctx,
      objections,
      o,
      { status: 'explanations_requested', explanationRequest: note, explanationsRequestedAt: now },
      { now },
    );
    await appendAudit(
      tx,
      ctx,
      {
        action: 'objection.request_explanations',
        entityType: 'objection',
        entityId: o.id,
        before: { status: o.status },
        after: { status: 'explanations_requested', note },
      },
      now,
    );
    await notify(tx, {
      ...texts.objectionExplanationsRequested({
        objectionId: o.id,
        deciderName: await deciderName(tx, rel),
        note,
      }),
      employeeIds: [o.employeeId, ...(evaluation.assessorId ? [evaluation.assessorId] : [])],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return loadObjectionView(tx, updated, evaluation, rel, now);
  });
}
