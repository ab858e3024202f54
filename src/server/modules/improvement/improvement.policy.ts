import type { Actor, RequestContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { actorCan, requireActor } from '../auth/index.js';
import { mayReadDevelopment } from '../development/index.js';

/**
 * Who reads an employee's improvement periods: the readers of their development plans (api.md: "same readers").
 */
export const mayReadFollowUp = (db: Executor, actor: Actor, employeeId: string): Promise<boolean> =>
  mayReadDevelopment(db, actor, employeeId);

/** The escalation list and its cases: the agency head and HR (403 for anyone else: the list is no one's own). */
export function escalationReader(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  if (!actorCan(actor, 'read:escalations')) throw new AppError('FORBIDDEN', 'escalation.readers');
  return actor;
}

export const mayDecideEscalation = (actor: Actor) => actorCan(actor, 'decide:escalation');
