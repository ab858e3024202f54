import { isOverdue } from '../../../domain/feedback/rules.js';
import type { DialogueActionView, FeedbackItemView } from '../../../domain/feedback/view.js';
import type { ActionRow, FeedbackRow } from './feedback.repository.js';

/**
 * A feedback item as the API shows it. `resultIdFor` maps a result of an earlier plan version to its copy in the
 * requested version; `ownerId` is the plan's employee (any other author is the assessing official: only the two
 * parties write).
 */
export function presentFeedback(
  row: FeedbackRow,
  ownerId: string,
  resultIdFor: (id: string) => string = (id) => id,
): FeedbackItemView {
  return {
    id: row.id,
    workPlanId: row.workPlanId,
    periodId: row.periodId,
    resultId: row.resultId ? resultIdFor(row.resultId) : null,
    behaviour: row.behaviour,
    kind: row.kind,
    replyTo: row.replyTo,
    text: row.text,
    author: {
      userId: row.authorUserId,
      employeeId: row.authorEmployeeId,
      name: row.authorName,
      role: row.authorEmployeeId === ownerId ? 'employee' : 'assessor',
    },
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentAction(row: ActionRow, ownerName: string, today: string): DialogueActionView {
  return {
    id: row.id,
    dialogueId: row.dialogueId,
    description: row.description,
    owner: { employeeId: row.ownerEmployeeId, name: ownerName },
    dueDate: row.dueDate,
    done: row.doneAt !== null,
    doneAt: row.doneAt?.toISOString() ?? null,
    doneBy: row.doneBy,
    overdue: isOverdue(row, today),
    version: row.version,
  };
}
