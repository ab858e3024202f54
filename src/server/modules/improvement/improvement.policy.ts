import type { Actor, RequestContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { actorCan, requireActor } from '../auth/index.js';
import { supervisorsAbove } from '../work-plans/index.js';
import * as repo from './improvement.repository.js';

/**
 * Who reads an employee's improvement periods: the readers of their development plans (api.md: "same readers") —
 * the employee, their supervisors up the chain, the assessors who evaluated them and those assessors' superiors,
 * HR and the agency head. The same rule as the development module's (kept here: that module does not export it).
 */
export async function mayReadFollowUp(db: Executor, actor: Actor, employeeId: string): Promise<boolean> {
  if (actorCan(actor, 'read:development')) return true;
  const me = actor.employeeId;
  if (!me) return false;
  if (me === employeeId) return true;
  if ((await supervisorsAbove(db, employeeId)).includes(me)) return true;
  for (const assessorId of await repo.assessorsOf(db, employeeId)) {
    if (assessorId === me || (await supervisorsAbove(db, assessorId)).includes(me)) return true;
  }
  return false;
}

/** The escalation list and its cases: the agency head and HR (403 for anyone else: the list is no one's own). */
export function escalationReader(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  if (!actorCan(actor, 'read:escalations')) throw new AppError('FORBIDDEN', 'escalation.readers');
  return actor;
}

export const mayDecideEscalation = (actor: Actor) => actorCan(actor, 'decide:escalation');
