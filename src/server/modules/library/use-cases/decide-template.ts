import { dateIn } from '../../../../domain/dates.js';
import { canTemplateTransition } from '../../../../domain/library/status.js';
import type { TemplateDetailView } from '../../../../domain/library/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { indicatorTemplates } from '../../../platform/db/schema.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { AppError } from '../../../platform/errors.js';
import { auditSnapshot } from '../library.presenter.js';
import { canDecide } from '../library.policy.js';
import { loadTemplateDetail, withTemplate } from './load-template.js';

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
  const actor = await canDecide(deps.database.db, ctx, dateIn(deps.clock.now()));
  return withTemplate(deps, templateId, async (tx, template, now) => {
    if (!canTemplateTransition(template.status, decision)) {
      throw new AppError('INVALID_TRANSITION', 'library.notProposed', {
        status: template.status,
        action: decision,
      });
    }
    await updateVersioned(
      tx,
      ctx,
      indicatorTemplates,
      template,
      {
        status: decision === 'adopt' ? 'adopted' : 'declined',
        decidedBy: actor.userId,
        decisionReason: reason || null,
        decidedAt: now,
      },
      {
        now,
        audit: {
          action: `indicator_template.${decision}`,
          entityType: 'indicator_template',
          snapshot: auditSnapshot,
        },
      },
    );
    return loadTemplateDetail(tx, templateId, { actor, decider: true });
  });
}
