import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { evaluations } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { presentEvaluation } from '../evaluations.presenter.js';
import { loadEvaluationContext } from './context.js';
import { assertEvaluationTransition, withEvaluation } from './steps.js';

/**
 * The employee confirms receipt of the final result (idempotent). Receipt is not an edit: the version stays, so an
 * assessor's or HR's open form does not turn stale.
 */
export async function acknowledgeEvaluation(deps: Deps, ctx: RequestContext, id: string) {
  return withEvaluation(deps, ctx, id, async (tx, row, rel, now) => {
    if (!rel.owner) throw new AppError('FORBIDDEN');
    assertEvaluationTransition(row, 'acknowledge');
    const context = await loadEvaluationContext(tx, row, now);
    if (row.acknowledgedAt) return presentEvaluation(context, rel, now);
    const [updated = row] = await tx
      .update(evaluations)
      .set({ acknowledgedAt: now, updatedAt: now })
      .where(eq(evaluations.id, row.id))
      .returning();
    await appendAudit(
      tx,
      ctx,
      {
        action: 'evaluation.acknowledge',
        entityType: 'evaluation',
        entityId: row.id,
        after: { acknowledgedAt: now },
      },
      now,
    );
    return presentEvaluation({ ...context, row: updated }, rel, now);
  });
}
