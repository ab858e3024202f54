import type { Actor, RequestContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, notFound } from '../../platform/errors.js';
import { actorCan, requireActor } from '../auth/index.js';
import { standsFor, type StandIn } from '../org/index.js';
import * as repo from './work-plans.repository.js';

/** Sees every plan of the agency (read-only unless another permission says more). */
export const seesAgency = (actor: Actor) => actorCan(actor, 'read:agency');
/**
 * Supports any plan: creates it for someone, sets the leader's expectations, joins the dialogue, overrides the
 * assessor; never edits its content (issue 11: `requireEditor`).
 */
export const supportsPlans = (actor: Actor) => actorCan(actor, 'support:work-plan');

export interface PlanRelation {
  actor: Actor;
  owner: boolean;
  /** the plan's assessor, the agency head for a plan without one (`top`), or the acting official of its head */
  assessor: boolean;
  /** assesses as the agency head: the plan has no assessor (its employee has no supervisor) */
  top: boolean;
  /** assesses as Plt/Plh of the plan's assessor (on the request's day) */
  standIn: StandIn | null;
  /** somewhere above the employee (or above the assessor) in the supervisor chain */
  superior: boolean;
  hr: boolean;
  agency: boolean;
}

/**
 * Who assesses a plan (or evaluation) with `assessorId` besides that assessor: the agency head when there is none,
 * the acting official (Plt/Plh) of that assessor on `today`. Never the employee themselves.
 */
export async function assessingAs(
  db: Executor,
  actor: Actor,
  employeeId: string,
  assessorId: string | null,
  today: string | undefined,
): Promise<{ top: boolean; standIn: StandIn | null }> {
  const me = actor.employeeId;
  if (me === employeeId) return { top: false, standIn: null };
  if (assessorId === null) return { top: actorCan(actor, 'assess:top'), standIn: null };
  if (!me || !today || assessorId === me) return { top: false, standIn: null };
  const standIn = (await standsFor(db, me, today)).find((s) => s.headId === assessorId) ?? null;
  return { top: false, standIn };
}

/**
 * Who the caller is to this plan; a plan the caller may not see answers 404. `today` (Asia/Jakarta) lets an acting
 * official assess for the absent head; without it only the plan's own assessor (or the agency head) assesses.
 */
export async function relationTo(
  db: Executor,
  ctx: RequestContext,
  plan: repo.PlanRow,
  today?: string,
): Promise<PlanRelation> {
  const actor = requireActor(ctx);
  const me = actor.employeeId;
  const owner = me !== null && plan.employeeId === me;
  const as = await assessingAs(db, actor, plan.employeeId, plan.assessorId, today);
  const assessor = (me !== null && plan.assessorId === me) || as.top || as.standIn !== null;
  let superior = false;
  if (me && !owner && !assessor) {
    const above = await repo.supervisorsAbove(db, plan.employeeId);
    superior = above.includes(me);
    if (!superior && plan.assessorId)
      superior = (await repo.supervisorsAbove(db, plan.assessorId)).includes(me);
  }
  const rel = {
    actor,
    owner,
    assessor,
    top: as.top,
    standIn: as.standIn,
    superior,
    hr: supportsPlans(actor),
    agency: seesAgency(actor),
  };
  if (!rel.owner && !rel.assessor && !rel.superior && !rel.agency) throw notFound();
  return rel;
}

/**
 * Content edits (results, indicators, approach, annex) and amendments: the owner only. The plan is the employee's
 * agreement with the assessor; HR supports it otherwise (creates it, overrides the assessor, sets expectations).
 */
export function requireEditor(rel: PlanRelation) {
  if (!rel.owner) throw new AppError('FORBIDDEN');
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
