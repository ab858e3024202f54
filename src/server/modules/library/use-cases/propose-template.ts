import type { ProposeTemplateInput } from '../../../../domain/library/schemas.js';
import type { TemplateDetailView } from '../../../../domain/library/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { indicatorTemplates } from '../../../platform/db/schema.js';
import { auditSnapshot } from '../library.presenter.js';
import { canContribute } from '../library.policy.js';
import { loadTemplateDetail, viewerOf } from './load-template.js';

/** Anyone signed in proposes an indicator for the library; it stays `proposed` until HR or a unit head decides. */
export async function proposeTemplate(
  deps: Deps,
  ctx: RequestContext,
  input: ProposeTemplateInput,
): Promise<TemplateDetailView> {
  const actor = canContribute(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(indicatorTemplates)
      .values({
        sector: input.sector,
        text: input.text,
        resultExample: input.resultExample || null,
        aspect: input.aspect,
        unit: input.unit || null,
        direction: input.direction ?? 'higher',
        category: input.category,
        exampleTarget: input.exampleTarget || null,
        status: 'proposed',
        rationale: input.rationale,
        proposedBy: actor.employeeId,
        proposedByUser: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendAudit(
      tx,
      ctx,
      {
        action: 'indicator_template.propose',
        entityType: 'indicator_template',
        entityId: row!.id,
        after: auditSnapshot(row!),
      },
      now,
    );
    return loadTemplateDetail(tx, row!.id, await viewerOf(tx, actor, now));
  });
}
