import type { TemplateCommentView, TemplateDetailView, TemplateView } from '../../../domain/library/view.js';
import type { Actor } from '../../platform/context.js';
import type { TemplateCommentRow, TemplateRow, TemplateWithRefs } from './library.repository.js';
import { contributes, isProposer } from './library.policy.js';

/** Who is looking: the actor and whether they may decide on proposals. */
export interface Viewer {
  actor: Actor | null;
  decider: boolean;
}

export function presentTemplate(x: TemplateWithRefs, viewer: Viewer): TemplateView {
  const t = x.template;
  const open = t.status === 'proposed';
  return {
    id: t.id,
    sector: t.sector,
    text: t.text,
    resultExample: t.resultExample,
    aspect: t.aspect,
    unit: t.unit,
    direction: t.direction,
    category: t.category,
    exampleTarget: t.exampleTarget,
    status: t.status,
    rationale: t.rationale,
    proposedBy: t.proposedBy && x.proposerName ? { id: t.proposedBy, name: x.proposerName } : null,
    proposedByUser:
      t.proposedByUser && x.proposerUserName ? { id: t.proposedByUser, name: x.proposerUserName } : null,
    decidedBy: t.decidedBy && x.deciderName ? { id: t.decidedBy, name: x.deciderName } : null,
    decisionReason: t.decisionReason,
    decidedAt: t.decidedAt ? t.decidedAt.toISOString() : null,
    endorsementCount: x.endorsementCount,
    endorsedByMe: x.endorsedByMe,
    commentCount: x.commentCount,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    can: {
      endorse: open && viewer.actor !== null && contributes(viewer.actor) && !isProposer(t, viewer.actor),
      decide: open && viewer.decider,
    },
  };
}

export const presentComment = (c: TemplateCommentRow): TemplateCommentView => ({
  id: c.id,
  body: c.body,
  authorName: c.authorName,
  authorUserId: c.authorUserId,
  createdAt: c.createdAt.toISOString(),
});

export function presentTemplateDetail(
  x: TemplateWithRefs,
  viewer: Viewer,
  endorsements: ReadonlyArray<{ at: Date; name: string; employeeId: string | null }>,
  comments: readonly TemplateCommentRow[],
): TemplateDetailView {
  return {
    ...presentTemplate(x, viewer),
    endorsements: endorsements.map((e) => ({
      name: e.name,
      at: e.at.toISOString(),
      employeeId: e.employeeId,
    })),
    comments: comments.map(presentComment),
  };
}

/** What the audit log keeps of a template: the stored fields, not the viewer-dependent ones. */
export const auditSnapshot = (t: TemplateRow) => ({ ...t });
