import { dateIn } from '../../../../domain/dates.js';
import type {
  DecideEscalationInput,
  EscalationView,
} from '../../../../domain/evaluations/improvement-view.js';
import { agencyHeadSignerSchema } from '../../../../domain/evaluations/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { escalations } from '../../../platform/db/schema.js';
import { lockedStep, updateVersioned } from '../../../platform/db/steps.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { readSetting } from '../../../platform/settings.js';
import { notify } from '../../notifications/index.js';
import { escalationReader, mayDecideEscalation } from '../improvement.policy.js';
import { escalationAudit, presentEscalation } from '../improvement.presenter.js';
import * as repo from '../improvement.repository.js';
import { improvementTexts } from '../improvement.texts.js';

/**
 * The agency head records a decision on an escalation (with a note): once (409 INVALID_TRANSITION when already
 * decided), audited, the employee told. HR reads escalations but does not decide them (403).
 */
export async function decideEscalation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: DecideEscalationInput,
): Promise<EscalationView> {
  const actor = escalationReader(ctx);
  if (!mayDecideEscalation(actor)) throw new AppError('FORBIDDEN', 'escalation.deciderOnly');
  return lockedStep(
    deps,
    (tx) => repo.lockEscalation(tx, id),
    async () => actor,
    async (tx, row, _actor, now) => {
      if (row.status !== 'open')
        throw new AppError('INVALID_TRANSITION', 'escalation.decided', {
          status: row.status,
          action: 'decide',
        });
      // an agency head's account often has no employee record: the name the documents use (settings key `agency`)
      const agency = agencyHeadSignerSchema.safeParse((await readSetting(tx, 'agency'))?.value);
      const decidedByName =
        (await repo.employeeName(tx, actor.employeeId)) ??
        (agency.success ? agency.data.name : actor.username);
      await updateVersioned(
        tx,
        ctx,
        escalations,
        row,
        {
          status: 'decided',
          decision: input.decision,
          note: input.note,
          decidedAt: now,
          decidedBy: actor.userId,
          decidedByName,
        },
        {
          now,
          expected: input.version,
          audit: { action: 'escalation.decide', entityType: 'escalation', snapshot: escalationAudit },
        },
      );
      await notify(tx, {
        ...improvementTexts.decided({ escalationId: row.id, decision: input.decision, note: input.note }),
        employeeIds: [row.employeeId],
        exceptUserId: actor.userId,
        dedupeKey: `escalation.decided:${row.id}`,
        at: now,
      });
      const view = await repo.findEscalation(tx, row.id);
      if (!view) throw notFound();
      return presentEscalation(view, dateIn(now), true);
    },
  );
}
