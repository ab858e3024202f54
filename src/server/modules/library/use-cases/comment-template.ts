import type { TemplateCommentView } from '../../../../domain/library/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { templateComments } from '../../../platform/db/schema.js';
import * as repo from '../library.repository.js';
import { presentComment } from '../library.presenter.js';
import { canContribute } from '../library.policy.js';
import { withTemplate } from './load-template.js';

/** A comment on a proposal or on an adopted template (how to use it, what to improve). */
export async function commentTemplate(
  deps: Deps,
  ctx: RequestContext,
  templateId: string,
  body: string,
): Promise<TemplateCommentView> {
  const actor = canContribute(ctx);
  return withTemplate(deps, templateId, async (tx, _template, now) => {
    const [row] = await tx
      .insert(templateComments)
      .values({
        templateId,
        authorUserId: actor.userId,
        authorName: await repo.displayName(tx, actor),
        body,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const view = presentComment(row!);
    await appendAudit(
      tx,
      ctx,
      {
        action: 'indicator_template.comment',
        entityType: 'indicator_template',
        entityId: templateId,
        after: view,
      },
      now,
    );
    return view;
  });
}
