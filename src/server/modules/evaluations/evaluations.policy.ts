import type { Actor, RequestContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, notFound } from '../../platform/errors.js';
import { actorCan, requireActor } from '../auth/index.js';
import { standsFor, type StandIn } from '../org/index.js';
import { findPlan, relationTo } from '../work-plans/index.js';
import * as repo from './evaluations.repository.js';

export interface EvaluationRelation {
  actor: Actor;
  /** the evaluated employee */
  owner: boolean;
  /** the assessing official of this evaluation: its assessor, the agency head when it has none (`top`), or the
   * acting official (Plt/Plh) of its assessor (`standIn`) */
  assessor: boolean;
  top: boolean;
  standIn: StandIn | null;
  /** the heads the caller stands in for today as Plt/Plh (decides their objections) */
  standsFor: string[];
  /** above the employee or the assessor in the supervisor chain */
  superior: boolean;
  /** the assessor's direct superior (Atasan Pejabat Penilai): decides objections */
  decider: boolean;
  /** may reopen final evaluations (HR) */
  hr: boolean;
  /** reads everything in the agency */
  agency: boolean;
  /** decides objections whose assessor has no superior (the agency head) */
  topDecider: boolean;
}

/** Who the caller is to an evaluation; one they may not read answers 404 (api.md). */
export async function evaluationRelation(
  db: Executor,
  ctx: RequestContext,
  evaluation: repo.EvaluationRow,
  /** the request's day (Asia/Jakarta), for acting appointments */
  today: string,
): Promise<EvaluationRelation> {
  const actor = requireActor(ctx);
  const plan = await findPlan(db, evaluation.workPlanId);
  if (!plan) throw notFound();
  const me = actor.employeeId;
  const acting = me ? await standsFor(db, me, today) : [];
  const heads = acting.map((s) => s.headId);
  let decider = false;
  if (me && evaluation.assessorId) {
    const superiorId = (await repo.employeeUnit(db, evaluation.assessorId))?.supervisorId;
    // an acting official never decides an objection to an evaluation they are the assessor of
    decider =
      !!superiorId && (superiorId === me || (heads.includes(superiorId) && evaluation.assessorId !== me));
  }
  let rel: { superior: boolean; assessor: boolean; top: boolean; standIn: StandIn | null };
  try {
    rel = await relationTo(db, ctx, { ...plan, assessorId: evaluation.assessorId }, today);
  } catch (error) {
    // heads (and acting heads) of the evaluation's unit or a unit above it read it from the calibration board;
    // the acting official of the assessor's superior decides its objection
    if (!decider && !(await canReadUnitAssessment(db, actor, evaluation.unitId, today))) throw error;
    rel = { superior: true, assessor: false, top: false, standIn: null };
  }
  return {
    actor,
    owner: me !== null && evaluation.employeeId === me,
    assessor: rel.assessor,
    top: rel.top,
    standIn: rel.standIn,
    standsFor: evaluation.assessorId === me ? [] : heads,
    superior: rel.superior || decider,
    decider,
    hr: actorCan(actor, 'reopen:evaluation'),
    agency: actorCan(actor, 'read:agency'),
    topDecider: actorCan(actor, 'decide:objection:top'),
  };
}

/**
 * Heads (or acting Plt/Plh) of the unit or of a unit above it, hr_admin, agency_head and auditor may read a unit's
 * distribution and calibration board; others get 403.
 */
export async function canReadUnitAssessment(db: Executor, actor: Actor, unitId: string, today: string) {
  if (actorCan(actor, 'read:agency')) return true;
  if (!actor.employeeId) return false;
  const led = await repo.ledUnits(db, actor.employeeId, today);
  if (led.length === 0) return false;
  const ancestry = await repo.unitAncestry(db, unitId);
  return ancestry.some((u) => led.includes(u));
}

export async function requireUnitReader(db: Executor, actor: Actor, unitId: string, today: string) {
  if (!(await canReadUnitAssessment(db, actor, unitId, today))) throw new AppError('FORBIDDEN');
}

/**
 * The head (or acting head) of the parent unit, or hr_admin, sets a unit's organisation predicate; the agency head
 * sets those of the top units (the OPDs: see `topUnitIds`).
 */
export async function canSetOrgPredicate(
  db: Executor,
  actor: Actor,
  unit: { id: string; parentId: string | null },
  today: string,
) {
  if (actorCan(actor, 'set:org-predicate')) return true;
  if (actorCan(actor, 'assess:top') && (await repo.topUnitIds(db)).includes(unit.id)) return true;
  if (!unit.parentId) return false;
  if (!actor.employeeId) return false;
  const led = await repo.ledUnits(db, actor.employeeId, today);
  return led.includes(unit.parentId);
}
