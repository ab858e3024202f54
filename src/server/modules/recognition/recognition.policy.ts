import type { Actor, RequestContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { actorCan, requireActor } from '../auth/index.js';
import { mayReadFollowUp } from '../improvement/index.js';

/** Who may see an evaluation's nominations: the readers of the employee's follow-up, and agency-wide readers. */
export async function mayReadNominationsOf(db: Executor, actor: Actor, employeeId: string) {
  return actorCan(actor, 'read:agency') || (await mayReadFollowUp(db, actor, employeeId));
}

/** The assessor of the evaluation: its assessing official, or whoever finalised it (the agency head for the top). */
export const isAssessorOf = (
  actor: Actor,
  evaluation: { assessorId: string | null; finalizedBy: string | null },
) =>
  (actor.employeeId !== null && actor.employeeId === evaluation.assessorId) ||
  (evaluation.finalizedBy !== null && evaluation.finalizedBy === actor.userId);

/** The nomination list and decisions: HR and the agency head (403 for anyone else). */
export function nominationDecider(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  if (!actorCan(actor, 'decide:nomination')) throw new AppError('FORBIDDEN', 'nomination.deciders');
  return actor;
}
