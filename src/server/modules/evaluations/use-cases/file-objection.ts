import { eq } from 'drizzle-orm';
import { canObject, objectionDeadline } from '../../../../domain/evaluations/objection.js';
import { DEFAULT_TIME_ZONE } from '../../../../domain/dates.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { evaluations, objections } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { notify, texts } from '../../notifications/index.js';
import { ratingsSnapshot } from '../evaluations.presenter.js';
import * as repo from '../evaluations.repository.js';
import { loadObjectionView } from './context.js';
import { assessmentSettings } from './settings.js';
import { assertEvaluationTransition, withEvaluation } from './steps.js';

/**
 * The employee objects to a final evaluation within the window (domain §7). The objection goes to the assessor's
 * superior (the agency head when there is none); objecting also confirms receipt.
 */
export async function fileObjection(
  deps: Deps,
  ctx: RequestContext,
  evaluationId: string,
  input: { reason: string },
) {
  return withEvaluation(deps, ctx, evaluationId, async (tx, row, rel, now) => {
    if (!rel.owner) throw new AppError('FORBIDDEN', 'objection.ownerOnly');
    assertEvaluationTransition(row, 'object');
    const finalizedAt = row.finalizedAt;
    if (!finalizedAt)
      throw new AppError('INVALID_TRANSITION', 'evaluation.notFinal', {
        status: row.status,
        action: 'object',
      });
    const existing = await repo.objectionOf(tx, row.id);
    if (existing)
      throw new AppError('CONFLICT', 'objection.duplicate', {
        objectionId: existing.id,
        reason: 'duplicate',
      });
    const { objectionWindowDays: days } = await assessmentSettings(tx);
    const deadline = objectionDeadline(finalizedAt, days, DEFAULT_TIME_ZONE);
    if (!canObject(finalizedAt, now, days, DEFAULT_TIME_ZONE))
      throw new AppError(
        'INVALID_TRANSITION',
        'objection.windowClosed',
        { status: row.status, action: 'object', reason: 'window_closed', deadline },
        { deadline },
      );
    const deciderId = row.assessorId
      ? ((await repo.employeeUnit(tx, row.assessorId))?.supervisorId ?? null)
      : null;
    const [o] = await tx
      .insert(objections)
      .values({
        evaluationId: row.id,
        employeeId: row.employeeId,
        deciderId,
        reason: input.reason,
        before: ratingsSnapshot(row),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!o) throw new AppError('CONFLICT', 'objection.duplicate', { reason: 'duplicate' });
    if (!row.acknowledgedAt)
      await tx.update(evaluations).set({ acknowledgedAt: now }).where(eq(evaluations.id, row.id));
    await appendAudit(
      tx,
      ctx,
      {
        action: 'objection.file',
        entityType: 'objection',
        entityId: o.id,
        after: { evaluationId: row.id, reason: o.reason, deciderId, before: o.before },
      },
      now,
    );
    const view = await loadObjectionView(tx, o, row, rel, now);
    await notify(tx, {
      ...texts.objectionFiled({
        objectionId: o.id,
        employeeName: row.snapshot.employee.name,
        periodLabel: view.periodLabel,
        reason: o.reason,
      }),
      employeeIds: [...(deciderId ? [deciderId] : []), ...(row.assessorId ? [row.assessorId] : [])],
      exceptUserId: rel.actor.userId,
      at: now,
    });
    return view;
  });
}
