import {
  canBeNominated,
  type NominationKind,
  type NominationView,
} from '../../../../domain/evaluations/recognition.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { nominations } from '../../../platform/db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { requireActor } from '../../auth/index.js';
import { notify } from '../../notifications/index.js';
import { isAssessorOf, mayReadNominationsOf } from '../recognition.policy.js';
import { nominationAudit, presentNomination } from '../recognition.presenter.js';
import * as repo from '../recognition.repository.js';
import { recognitionTexts } from '../recognition.texts.js';

/**
 * The assessor nominates a final Sangat Baik for an award or the talent pool (409 INVALID_TRANSITION for any other
 * evaluation; 409 CONFLICT for a second nomination of the same kind). Someone who may read the evaluation but did
 * not assess it gets 403; anyone else 404. Audited.
 */
export async function createNomination(
  deps: Deps,
  ctx: RequestContext,
  evaluationId: string,
  input: { reason: string; kind: NominationKind },
): Promise<NominationView> {
  const actor = requireActor(ctx);
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const evaluation = await repo.findEvaluation(tx, evaluationId);
    if (!evaluation) throw notFound();
    if (!isAssessorOf(actor, evaluation)) {
      if (await mayReadNominationsOf(tx, actor, evaluation.employeeId))
        throw new AppError('FORBIDDEN', 'nomination.assessorOnly');
      throw notFound();
    }
    if (!canBeNominated(evaluation))
      throw new AppError('INVALID_TRANSITION', 'nomination.notSangatBaik', {
        status: evaluation.status,
        predicate: evaluation.predicate,
        action: 'nominate',
      });
    const nominatedByName = (await repo.employeeName(tx, actor.employeeId)) ?? actor.username;
    const [row] = await tx
      .insert(nominations)
      .values({
        evaluationId,
        employeeId: evaluation.employeeId,
        kind: input.kind,
        reason: input.reason,
        nominatedBy: actor.userId,
        nominatedByName,
        status: 'nominated',
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: [nominations.evaluationId, nominations.kind] })
      .returning();
    if (!row)
      throw new AppError('CONFLICT', 'nomination.duplicate', { reason: 'duplicate', kind: input.kind });
    await appendAudit(
      tx,
      ctx,
      {
        action: 'nomination.create',
        entityType: 'nomination',
        entityId: row.id,
        after: nominationAudit(row),
      },
      now,
    );
    const view = await repo.findNomination(tx, row.id);
    if (!view) throw notFound();
    await notify(tx, {
      ...recognitionTexts.created({
        nominationId: row.id,
        employeeName: view.employeeName,
        nominatedByName,
        kind: row.kind,
      }),
      userIds: await repo.deciderAccounts(tx),
      exceptUserId: actor.userId,
      dedupeKey: `nomination.created:${row.id}`,
      at: now,
    });
    return presentNomination(view, false);
  });
}
