import { and, eq } from 'drizzle-orm';
import { dateIn } from '../../../../domain/dates.js';
import { canTemplateTransition } from '../../../../domain/library/status.js';
import type { TemplateDetailView } from '../../../../domain/library/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { indicatorTemplates } from '../../../platform/db/schema.js';
import { AppError, notFound, staleVersion } from '../../../platform/errors.js';
import * as repo from '../library.repository.js';
import { auditSnapshot } from '../library.presenter.js';
import { canDecide } from '../library.policy.js';
import { loadTemplateDetail } from './load-template.js';

/**
 * HR or a unit head adopts a proposal into the library, or declines it (with a reason). Only an open proposal
 * can be decided (409 INVALID_TRANSITION otherwise). The template keeps its proposer, endorsements and
 * comments, and records who decided, when and why.
 */
export async function decideTemplate(
  deps: Deps,
  ctx: RequestContext,
  templateId: string,
  decision: 'adopt' | 'decline',
  reason: string | null,
): Promise<TemplateDetailView> {
  const now = deps.clock.now();
  const actor = await canDecide(deps.database.db, ctx, dateIn(now));
  return deps.database.db.transaction(async (tx) => {
    const before = await repo.findTemplateRowForUpdate(tx, templateId);
    if (!before) throw notFound();
    if (!canTemplateTransition(before.status, decision)) {
      throw new AppError('INVALID_TRANSITION', 'library.notProposed', {
        status: before.status,
        action: decision,
      });
    }
    const [after] = await tx
      .update(indicatorTemplates)
      .set({
        status: decision === 'adopt' ? 'adopted' : 'declined',
        decidedBy: actor.userId,
        decisionReason: reason || null,
        decidedAt: now,
        version: before.version + 1,
        updatedAt: now,
      })
      .where(and(eq(indicatorTemplates.id, templateId), eq(indicatorTemplates.version, before.version)))
      .returning();
    if (!after) throw staleVersion();
    await appendAudit(
      tx,
      ctx,
      {
        action: `indicator_template.${decision}`,
        entityType: 'indicator_template',
        entityId: templateId,
        before: auditSnapshot(before),
        after: auditSnapshot(after),
      },
      now,
    );
    return loadTemplateDetail(tx, templateId, { actor, decider: true });
  });
}
