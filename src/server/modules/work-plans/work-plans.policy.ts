import type { Actor, RequestContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, notFound } from '../../platform/errors.js';
import { actorCan, requireActor } from '../auth/index.js';
import * as repo from './work-plans.repository.js';

/** Sees every plan of the agency (read-only unless another permission says more). */
export const seesAgency = (actor: Actor) => actorCan(actor, 'read:agency');
/** Supports any plan: creates it for someone, edits its content, joins the dialogue, overrides the assessor. */
export const supportsPlans = (actor: Actor) => actorCan(actor, 'support:work-plan');

export interface PlanRelation {
  actor: Actor;
  owner: boolean;
  assessor: boolean;
  /** somewhere above the employee (or above the assessor) in the supervisor chain */
  superior: boolean;
  hr: boolean;
  agency: boolean;
}

/** Who the caller is to this plan; a plan the caller may not see answers 404. */
export async function relationTo(
  db: Executor,
  ctx: RequestContext,
  plan: repo.PlanRow,
): Promise<PlanRelation> {
  const actor = requireActor(ctx);
  const me = actor.employeeId;
  const owner = me !== null && plan.employeeId === me;
  const assessor = me !== null && plan.assessorId === me;
  let superior = false;
  if (me && !owner && !assessor) {
    const above = await repo.supervisorsAbove(db, plan.employeeId);
    superior = above.includes(me);
    if (!superior && plan.assessorId)
      superior = (await repo.supervisorsAbove(db, plan.assessorId)).includes(me);
  }
  const rel = { actor, owner, assessor, superior, hr: supportsPlans(actor), agency: seesAgency(actor) };
  if (!rel.owner && !rel.assessor && !rel.superior && !rel.agency) throw notFound();
  return rel;
}

/** Content edits: the owner, or HR for support. */
export function requireEditor(rel: PlanRelation) {
  if (!rel.owner && !rel.hr) throw new AppError('FORBIDDEN');
}

export function requireOwner(rel: PlanRelation) {
  if (!rel.owner) throw new AppError('FORBIDDEN');
}

export function requireAssessor(rel: PlanRelation) {
  if (!rel.assessor) throw new AppError('FORBIDDEN');
}

/** The leader's specific expectations: the assessor or HR. */
export function requireBehaviourEditor(rel: PlanRelation) {
  if (!rel.assessor && !rel.hr) throw new AppError('FORBIDDEN');
}

/** The approval dialogue: the two parties, and HR. */
export function requireDialogueParty(rel: PlanRelation) {
  if (!rel.owner && !rel.assessor && !rel.hr) throw new AppError('FORBIDDEN');
}
