import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { objections } from '../../../platform/db/schema.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { AppError } from '../../../platform/errors.js';
import { notify, texts } from '../../notifications/index.js';
import { loadObjectionView } from './context.js';
import { assertObjectionTransition, withObjection } from './steps.js';

/** The employee or the assessor writes their explanation (each their own; may be revised until the decision). */
export async function explainObjection(deps: Deps, ctx: RequestContext, id: string, input: { text: string }) {
  return withObjection(deps, ctx, id, async (tx, o, evaluation, rel, now) => {
    assertObjectionTransition(o, 'explain');
    const party = rel.owner ? 'employee' : rel.assessor ? 'assessor' : null;
    if (!party) throw new AppError('FORBIDDEN', 'objection.partiesOnly');
    const updated = await updateVersioned(
      tx,
      ctx,
      objections,
      o,
      party === 'employee'
        ? { employeeExplanation: input.text, employeeExplainedAt: now }
        : { assessorExplanation: input.text, assessorExplainedAt: now },
      { now },
    );
    await appendAudit(
      tx,
      ctx,
      {
        action: 'objection.explain',
        entityType: 'objection',
        entityId: o.id,
        after: { party, text: input.text },
      },
      now,
    );
    const snap = evaluation.snapshot;
    await notify(tx, {
      ...texts.objectionExplained({
        objectionId: o.id,
        authorName: party === 'employee' ? snap.employee.name : (snap.assessor?.name ?? rel.actor.username),
      }),
      employeeIds: o.deciderId ? [o.deciderId] : [],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return loadObjectionView(tx, updated, evaluation, rel, now);
  });
}
