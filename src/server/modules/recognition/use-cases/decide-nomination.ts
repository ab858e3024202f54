import type { DecideNominationInput, NominationView } from '../../../../domain/evaluations/recognition.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { nominations } from '../../../platform/db/schema.js';
import { lockedStep, updateVersioned } from '../../../platform/db/steps.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { notify } from '../../notifications/index.js';
import { nominationDecider } from '../recognition.policy.js';
import { nominationAudit, presentNomination } from '../recognition.presenter.js';
import * as repo from '../recognition.repository.js';
import { recognitionTexts } from '../recognition.texts.js';

/** HR or the agency head accepts or declines a nomination (once; 409 afterwards), audited, the employee told. */
export async function decideNomination(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: DecideNominationInput,
): Promise<NominationView> {
  const actor = nominationDecider(ctx);
  return lockedStep(
    deps,
    (tx) => repo.lockNomination(tx, id),
    async () => actor,
    async (tx, row, _actor, now) => {
      if (row.status !== 'nominated')
        throw new AppError('INVALID_TRANSITION', 'nomination.decided', {
          status: row.status,
          action: 'decide',
        });
      await updateVersioned(
        tx,
        ctx,
        nominations,
        row,
        {
          status: input.status,
          decisionNote: input.note,
          decidedAt: now,
          decidedBy: actor.userId,
          decidedByName: (await repo.employeeName(tx, actor.employeeId)) ?? actor.username,
        },
        {
          now,
          expected: input.version,
          audit: { action: 'nomination.decide', entityType: 'nomination', snapshot: nominationAudit },
        },
      );
      await notify(tx, {
        ...recognitionTexts.decided({
          nominationId: row.id,
          evaluationId: row.evaluationId,
          kind: row.kind,
          status: input.status,
          note: input.note,
        }),
        employeeIds: [row.employeeId],
        exceptUserId: actor.userId,
        dedupeKey: `nomination.decided:${row.id}`,
        at: now,
      });
      const view = await repo.findNomination(tx, row.id);
      if (!view) throw notFound();
      return presentNomination(view, true);
    },
  );
}
