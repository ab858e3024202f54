import {
  canEvaluationTransition,
  canObjectionTransition,
  EVALUATION_TRANSITIONS,
  type EvaluationAction,
  type ObjectionAction,
} from '../../../../domain/evaluations/status.js';
import { RATING_LABELS, type Rating } from '../../../../domain/evaluations/matrix.js';
import { ORG_PREDICATE_LABELS } from '../../../../domain/evaluations/suggestion.js';
import type { EvaluationResultRow, EvaluationSnapshot } from '../../../../domain/evaluations/view.js';
import { dateIn } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor, Tx } from '../../../platform/db/client.js';
import { advisoryLock, lockedStep } from '../../../platform/db/steps.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { syncDevelopmentPlan } from '../../development/index.js';
import type { StandIn } from '../../org/index.js';
import { personSnapshot } from '../../work-plans/index.js';
import { evaluationRelation, type EvaluationRelation } from '../evaluations.policy.js';
import { finalizableFrom, type EvaluationContext } from '../evaluations.presenter.js';
import * as repo from '../evaluations.repository.js';
import { agencyHeadSetting } from './settings.js';

/** A locked step on an evaluation (`lockedStep`): 404 when the caller may not read it. */
export function withEvaluation<T>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  step: (tx: Tx, row: repo.EvaluationRow, rel: EvaluationRelation, now: Date) => Promise<T>,
): Promise<T> {
  return lockedStep(
    deps,
    (tx) => repo.lockEvaluation(tx, id),
    (tx, row, now) => evaluationRelation(tx, ctx, row, dateIn(now)),
    step,
  );
}

/** A locked step on an objection and its evaluation: 404 when the caller may not read the evaluation. */
export function withObjection<T>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  step: (
    tx: Tx,
    o: repo.ObjectionRow,
    evaluation: repo.EvaluationRow,
    rel: EvaluationRelation,
    now: Date,
  ) => Promise<T>,
): Promise<T> {
  return lockedStep(
    deps,
    async (tx) => {
      const objection = await repo.lockObjection(tx, id);
      const evaluation = objection ? await repo.lockEvaluation(tx, objection.evaluationId) : undefined;
      return objection && evaluation ? { objection, evaluation } : undefined;
    },
    (tx, { evaluation }, now) => evaluationRelation(tx, ctx, evaluation, dateIn(now)),
    (tx, { objection, evaluation }, rel, now) => step(tx, objection, evaluation, rel, now),
  );
}

/**
 * Serialises the steps that change who counts how on one population's curve (a unit and a period, domain §6):
 * finalisations and objection decisions that change a predicate. Taken before the population's counts are read, so
 * two requests at the same moment cannot together break the pattern (each sees what the other committed).
 */
export function lockPopulation(tx: Tx, unitId: string, periodId: string): Promise<void> {
  return advisoryLock(tx, `population:${unitId}:${periodId}`);
}

/**
 * The unit whose population an evaluation counts in: the parent unit for a unit head (the level it was counted at
 * once final, who heads the unit now for a draft), its own unit otherwise. The evaluation's unit for a top unit's
 * head (on no curve: the lock is harmless).
 */
export async function populationUnitOf(db: Executor, row: repo.EvaluationRow): Promise<string> {
  const unit = await repo.findUnit(db, row.unitId);
  const headsUnit = row.status === 'final' ? row.headsUnit : unit?.headId === row.employeeId;
  return (headsUnit ? unit?.parentId : null) ?? row.unitId;
}

/** 409 INVALID_TRANSITION when the status table does not allow `action` (domain/evaluations/status.ts). */
export function assertEvaluationTransition(row: repo.EvaluationRow, action: EvaluationAction) {
  if (canEvaluationTransition(row.status, action)) return;
  const fromDraft = EVALUATION_TRANSITIONS[action].from.includes('draft');
  throw new AppError(
    'INVALID_TRANSITION',
    fromDraft ? 'evaluation.notDraft' : 'evaluation.notFinal',
    { status: row.status, action },
    {},
  );
}

/** A decided objection takes no more steps (409 INVALID_TRANSITION). */
export function assertObjectionTransition(o: repo.ObjectionRow, action: ObjectionAction) {
  if (!canObjectionTransition(o.status, action))
    throw new AppError('INVALID_TRANSITION', 'objection.decided', { status: o.status, action });
}

/** The objection's decider: the assessor's superior, or the agency head when the assessor had none. */
export function deciderOnly(o: repo.ObjectionRow, rel: EvaluationRelation) {
  const decider = o.deciderId
    ? rel.actor.employeeId === o.deciderId || rel.standsFor.includes(o.deciderId)
    : rel.topDecider;
  if (!decider) throw new AppError('FORBIDDEN', 'objection.deciderOnly');
}

/** The acting decider's name as it goes on the decision (the account name when they have no employee record). */
export async function deciderName(db: Executor, rel: EvaluationRelation) {
  const me = rel.actor.employeeId;
  const names = await repo.employeeNames(db, me ? [me] : []);
  return (me ? names.get(me)?.name : undefined) ?? rel.actor.username;
}

export const assessorOnly = (rel: EvaluationRelation) => {
  if (!rel.assessor) throw new AppError('FORBIDDEN', 'evaluation.assessorOnly');
};

/** What the audit log keeps of an evaluation. */
export const auditFields = (r: repo.EvaluationRow) => ({
  status: r.status,
  resultRatings: r.resultRatings,
  resultRating: r.resultRating,
  resultRatingReason: r.resultRatingReason,
  behaviourRatings: r.behaviourRatings,
  behaviourRating: r.behaviourRating,
  strengths: r.strengths,
  improvements: r.improvements,
  predicate: r.predicate,
  justification: r.justification,
  violations: r.violations,
  orgPredicate: r.orgPredicate,
  acknowledgedAt: r.acknowledgedAt,
  version: r.version,
});

/** Who assesses when it is not the plan's own assessor: the agency head (`top`) or an acting official. */
export interface AssessingBy {
  top: boolean;
  standIn: StandIn | null;
  /** the caller's employee record */
  employeeId: string | null;
}

export const assessingBy = (rel: {
  top: boolean;
  standIn: StandIn | null;
  actor: { employeeId: string | null };
}): AssessingBy => ({ top: rel.top, standIn: rel.standIn, employeeId: rel.actor.employeeId });

/**
 * The people of the evaluation as they are now: the employee, the assessor and the assessor's superior. Assessed
 * by the agency head: their person (if their account has one) and the name and title from the `agency` setting, no
 * superior. Assessed by an acting official: that official, the absent head they stand in for, and the head's
 * superior.
 */
export async function snapshotFor(
  db: Executor,
  employeeId: string,
  assessorId: string | null,
  by?: AssessingBy,
): Promise<EvaluationSnapshot> {
  const employee = await personSnapshot(db, employeeId);
  if (!employee) throw notFound();
  if (by?.top) {
    const person = by.employeeId ? await personSnapshot(db, by.employeeId) : null;
    const setting = await agencyHeadSetting(db);
    return {
      employee,
      assessor: person,
      assessorSuperior: null,
      acting: null,
      agencyHead: { name: person?.name ?? setting.name, title: setting.title },
    };
  }
  if (by?.standIn && by.employeeId) {
    const { headId, headName, unitName, kind } = by.standIn;
    const [person, head] = await Promise.all([personSnapshot(db, by.employeeId), personSnapshot(db, headId)]);
    const superiorId = (await repo.employeeUnit(db, headId))?.supervisorId;
    return {
      employee,
      assessor: person,
      assessorSuperior: superiorId ? await personSnapshot(db, superiorId) : null,
      acting: { kind, forName: headName, forTitle: head?.positionTitle ?? `Kepala ${unitName}` },
      agencyHead: null,
    };
  }
  const assessor = assessorId ? await personSnapshot(db, assessorId) : null;
  const superiorId = assessorId ? (await repo.employeeUnit(db, assessorId))?.supervisorId : null;
  const assessorSuperior = superiorId ? await personSnapshot(db, superiorId) : null;
  return { employee, assessor, assessorSuperior };
}

/** Opens, updates or closes the development plan that follows the evaluation's final predicate. */
export async function syncDevelopment(
  tx: Tx,
  ctx: RequestContext,
  row: repo.EvaluationRow,
  results: readonly EvaluationResultRow[],
  now: Date,
) {
  await syncDevelopmentPlan(
    tx,
    ctx,
    {
      id: row.id,
      employeeId: row.employeeId,
      periodId: row.periodId,
      predicate: row.predicate,
      resultRatings: row.resultRatings,
      behaviourRatings: row.behaviourRatings,
      resultTexts: new Map(results.map((r) => [r.id, r.text])),
    },
    now,
  );
}

// ── the rules of a real agency year (issue 10) ──

/** A locked period or a closed cycle freezes its evaluations and organisation predicates (409, saying which). */
export function assertWritable(
  c: {
    period: { id: string; label: string; status: 'open' | 'locked' };
    cycle: { status: 'open' | 'closed' };
  },
  action: string,
) {
  if (c.cycle.status === 'closed')
    throw new AppError('INVALID_TRANSITION', 'evaluation.cycleClosed', { action, reason: 'cycle_closed' });
  if (c.period.status === 'locked')
    throw new AppError(
      'INVALID_TRANSITION',
      'evaluation.periodLocked',
      {
        action,
        reason: 'period_locked',
        periodId: c.period.id,
        periodLabel: c.period.label,
        status: 'locked',
      },
      { period: c.period.label },
    );
}

/** A periodic evaluation is finalised from a few days before its period ends; the annual one before the cycle's end. */
export function assertNotTooEarly(c: EvaluationContext, today: string) {
  const opensOn = finalizableFrom(c);
  if (today < opensOn)
    throw new AppError(
      'INVALID_TRANSITION',
      'evaluation.tooEarly',
      { status: c.row.status, action: 'finalize', reason: 'too_early', opensOn },
      { opensOn },
    );
}

/**
 * The binding leader rule (domain §5): a unit head's result rating is the one mapped from the unit's organisation
 * predicate. `rating` undefined: nothing to check (the rating is not being set). At finalisation the predicate must
 * exist.
 */
export function assertLeaderRule(
  c: EvaluationContext,
  rating: Rating | null | undefined,
  finalizing: boolean,
) {
  const leader = c.leader;
  if (leader?.mode !== 'binding') return;
  const vars = { unit: leader.unitName };
  if (!leader.rating || !leader.orgPredicate) {
    if (finalizing)
      throw new AppError(
        'INVALID_TRANSITION',
        'evaluation.orgPredicateMissing',
        { status: c.row.status, action: 'finalize', reason: 'org_predicate_missing', unitId: leader.unitId },
        vars,
      );
    return;
  }
  if (rating === undefined || rating === leader.rating) return;
  throw new AppError(
    'INVALID_TRANSITION',
    'evaluation.leaderRule',
    {
      status: c.row.status,
      action: finalizing ? 'finalize' : 'update',
      reason: 'leader_rule',
      unitId: leader.unitId,
      orgPredicate: leader.orgPredicate,
      required: leader.rating,
    },
    {
      ...vars,
      orgPredicate: ORG_PREDICATE_LABELS[leader.orgPredicate],
      rating: RATING_LABELS[leader.rating],
    },
  );
}
