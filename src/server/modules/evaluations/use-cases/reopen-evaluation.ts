import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { evaluations } from '../../../platform/db/schema.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { AppError } from '../../../platform/errors.js';
import { notify, texts } from '../../notifications/index.js';
import { presentEvaluation } from '../evaluations.presenter.js';
import { loadEvaluationContext } from './context.js';
import { assertEvaluationTransition, assertWritable, auditFields, withEvaluation } from './steps.js';

/** HR reopens a final evaluation with a reason (audited); an objection in progress blocks it. */
export async function reopenEvaluation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { reason: string; version?: number | undefined },
) {
  return withEvaluation(deps, ctx, id, async (tx, row, rel, now) => {
    if (!rel.hr) throw new AppError('FORBIDDEN');
    assertEvaluationTransition(row, 'reopen');
    const context = await loadEvaluationContext(tx, row, now, { population: true });
    assertWritable(context, 'reopen');
    if (context.objection && context.objection.row.status !== 'decided')
      throw new AppError('INVALID_TRANSITION', 'evaluation.openObjection', {
        status: row.status,
        action: 'reopen',
        reason: 'objection_open',
      });
    const updated = await updateVersioned(
      tx,
      ctx,
      evaluations,
      row,
      {
        status: 'draft',
        reopenedAt: now,
        reopenReason: input.reason,
        finalizedAt: null,
        finalizedBy: null,
        finalizedByName: null,
        acknowledgedAt: null,
      },
      {
        now,
        expected: input.version,
        audit: {
          action: 'evaluation.reopen',
          entityType: 'evaluation',
          snapshot: auditFields,
          extra: { reason: input.reason },
        },
      },
    );
    await notify(tx, {
      ...texts.evaluationReopened({
        evaluationId: row.id,
        periodLabel: context.period.label,
        reason: input.reason,
      }),
      employeeIds: [row.employeeId, ...(row.assessorId ? [row.assessorId] : [])],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return presentEvaluation({ ...context, row: updated }, rel, now);
  });
}
