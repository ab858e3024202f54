import { and, eq } from 'drizzle-orm';
import { canTemplateTransition } from '../../../../domain/library/status.js';
import type { TemplateDetailView } from '../../../../domain/library/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { templateEndorsements } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { canContribute, isProposer } from '../library.policy.js';
import { loadTemplateDetail, viewerOf, withTemplate } from './load-template.js';

/**
 * Endorses an open proposal (idempotent: a second endorsement changes nothing), or withdraws the endorsement
 * (idempotent too). The proposer cannot endorse their own proposal (409). Only open proposals take or lose
 * endorsements, so a decided template keeps the list of who endorsed it.
 */
export async function setEndorsement(
  deps: Deps,
  ctx: RequestContext,
  templateId: string,
  endorse: boolean,
): Promise<TemplateDetailView> {
  const actor = canContribute(ctx);
  const action = endorse ? 'endorse' : 'withdraw_endorsement';
  return withTemplate(deps, templateId, async (tx, template, now) => {
    if (!canTemplateTransition(template.status, action)) {
      throw new AppError('INVALID_TRANSITION', 'library.notProposed', { status: template.status, action });
    }
    if (endorse) {
      if (isProposer(template, actor)) {
        throw new AppError('CONFLICT', 'library.ownProposal', { reason: 'own_proposal' });
      }
      const [row] = await tx
        .insert(templateEndorsements)
        .values({
          templateId,
          userId: actor.userId,
          employeeId: actor.employeeId,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning();
      if (row) {
        await appendAudit(
          tx,
          ctx,
          {
            action: 'indicator_template.endorse',
            entityType: 'indicator_template',
            entityId: templateId,
            after: { userId: row.userId, employeeId: row.employeeId },
          },
          now,
        );
      }
    } else {
      const [row] = await tx
        .delete(templateEndorsements)
        .where(
          and(eq(templateEndorsements.templateId, templateId), eq(templateEndorsements.userId, actor.userId)),
        )
        .returning();
      if (row) {
        await appendAudit(
          tx,
          ctx,
          {
            action: 'indicator_template.withdraw_endorsement',
            entityType: 'indicator_template',
            entityId: templateId,
            before: { userId: row.userId, employeeId: row.employeeId },
          },
          now,
        );
      }
    }
    return loadTemplateDetail(tx, templateId, await viewerOf(tx, actor, now));
  });
}
