import { distributionOf } from '../../../domain/evaluations/distribution.js';
import { predicateFor } from '../../../domain/evaluations/matrix.js';
import { canObject, objectionDeadline } from '../../../domain/evaluations/objection.js';
import { suggestionFor } from '../../../domain/evaluations/suggestion.js';
import type { Member, Population } from '../../../domain/evaluations/distribution.js';
import type {
  AnnualPrefillView,
  EvaluationResultRow,
  LeaderRuleView,
  OfferedRatingView,
  EvaluationListItem,
  EvaluationView,
  ObjectionView,
  OrgPredicateView,
  PeriodRef,
  RatingsSnapshot,
} from '../../../domain/evaluations/view.js';
import { DEFAULT_TIME_ZONE, dateIn } from '../../../domain/dates.js';
import {
  canFinalizeOn,
  decisionDueOn,
  decisionReadiness,
  explanationsDueOn,
  finalizationOpensOn,
} from '../../../domain/evaluations/timing.js';
import type { EvaluationRelation } from './evaluations.policy.js';
import type * as repo from './evaluations.repository.js';
import type { SettingsInForce } from './use-cases/settings.js';

/** Row → API shape, and nothing else: no queries and no rules beyond the pure domain functions. */

/**
 * Everything an evaluation step and its view need, loaded once (`loadEvaluationContext`): the step checks its rules
 * on it and `presentEvaluation` maps it. A step that changes the row presents `{ ...context, row: updated }`.
 */
export interface EvaluationContext {
  row: repo.EvaluationRow;
  period: repo.PeriodRow;
  settings: SettingsInForce;
  /** the plan's results with their indicators and the leader's result each supports */
  results: EvaluationResultRow[];
  /** names of the evaluation's unit and of the population's unit */
  unitNames: Map<string, string>;
  objection: { row: repo.ObjectionRow; deciderName: string | null } | null;
  /** the cycle of the period: its end (the annual evaluation's timing) and whether it is closed */
  cycle: { id: string; startDate: string; endDate: string; status: 'open' | 'closed' };
  /** the leader rule as it applies to the evaluated employee (a unit head), or null */
  leader: LeaderRuleView | null;
  /** the annual pre-fill (annual period only) */
  annual: AnnualPrefillView | null;
  /** the level the evaluation is counted at: its unit, and whether the employee heads it */
  member: Member;
  /**
   * The population the evaluation is counted in when finalised (its unit's, or the parent unit's for a unit head),
   * without this evaluation; null for a top unit's head. Loaded for drafts (and for a step that makes one).
   */
  population: Population | null;
}

/** The first day the evaluation may be finalised. */
export const finalizableFrom = (c: Pick<EvaluationContext, 'period' | 'cycle' | 'settings'>) =>
  finalizationOpensOn(
    c.period.kind === 'annual' ? c.cycle.endDate : c.period.endDate,
    c.settings.finalizeDaysBefore,
  );

/** Its period is locked or its cycle closed. */
export const isLocked = (c: Pick<EvaluationContext, 'period' | 'cycle'>) =>
  c.period.status === 'locked' || c.cycle.status === 'closed';

/** The result rating offered by the leader rule, in the shape the view has always had. */
export function offeredRating(leader: LeaderRuleView | null): OfferedRatingView | null {
  if (!leader?.rating || !leader.orgPredicate) return null;
  return {
    rating: leader.rating,
    source: 'org_predicate',
    orgPredicate: leader.orgPredicate,
    unitId: leader.unitId,
    unitName: leader.unitName,
  };
}

export const presentPeriod = (p: repo.PeriodRow): PeriodRef => ({
  id: p.id,
  cycleId: p.cycleId,
  kind: p.kind,
  index: p.index,
  label: p.label,
  startDate: p.startDate,
  endDate: p.endDate,
});

export const presentOrg = (r: repo.OrgPredicateRow): OrgPredicateView => ({
  id: r.id,
  unitId: r.unitId,
  periodId: r.periodId,
  predicate: r.predicate,
  basis: r.basis,
  setBy: r.setBy,
  setByName: r.setByName,
  setAt: r.createdAt.toISOString(),
});

export const ratingsSnapshot = (row: RatingsSnapshot): RatingsSnapshot => ({
  resultRating: row.resultRating,
  behaviourRating: row.behaviourRating,
  predicate: row.predicate,
});

export function presentObjection(
  o: repo.ObjectionRow,
  ctx: {
    employeeName: string;
    periodLabel: string;
    deciderName: string | null;
    me: string | null;
    assessorId: string | null;
    /** the caller decides objections whose assessor has no superior */
    topDecider: boolean;
    settings: Pick<SettingsInForce, 'explanationWorkingDays' | 'objectionDecisionDays'>;
    now: Date;
  },
): ObjectionView {
  const open = o.status !== 'decided';
  const isDecider = o.deciderId ? ctx.me === o.deciderId : ctx.topDecider;
  const readiness = decisionReadiness(o, ctx.now, ctx.settings.explanationWorkingDays, DEFAULT_TIME_ZONE);
  return {
    id: o.id,
    evaluationId: o.evaluationId,
    employeeId: o.employeeId,
    employeeName: ctx.employeeName,
    periodLabel: ctx.periodLabel,
    deciderId: o.deciderId,
    deciderName: ctx.deciderName,
    reason: o.reason,
    status: o.status,
    explanationRequest: o.explanationRequest,
    explanationsRequestedAt: o.explanationsRequestedAt?.toISOString() ?? null,
    employeeExplanation: o.employeeExplanation,
    employeeExplainedAt: o.employeeExplainedAt?.toISOString() ?? null,
    assessorExplanation: o.assessorExplanation,
    assessorExplainedAt: o.assessorExplainedAt?.toISOString() ?? null,
    outcome: o.outcome,
    note: o.note,
    before: o.before,
    after: o.after,
    filedAt: o.createdAt.toISOString(),
    decidedAt: o.decidedAt?.toISOString() ?? null,
    decidedByName: o.decidedByName,
    decisionDueOn: decisionDueOn(o.createdAt, ctx.settings.objectionDecisionDays, DEFAULT_TIME_ZONE),
    explanationsDueOn: o.explanationsRequestedAt
      ? explanationsDueOn(o.explanationsRequestedAt, ctx.settings.explanationWorkingDays, DEFAULT_TIME_ZONE)
      : null,
    readyToDecide: open && readiness.ready,
    awaiting: open && !readiness.ready && readiness.reason === 'waiting' ? readiness.missing : [],
    can: {
      requestExplanations: open && isDecider,
      explainAsEmployee: open && ctx.me !== null && ctx.me === o.employeeId,
      explainAsAssessor: open && ctx.me !== null && ctx.me === ctx.assessorId,
      decide: open && isDecider && readiness.ready,
    },
    version: o.version,
  };
}

/** An evaluation with its explanation (ratings, suggestion, matrix cell, objection), as `rel` sees it at `now`. */
export function presentEvaluation(c: EvaluationContext, rel: EvaluationRelation, now: Date): EvaluationView {
  const { row, settings } = c;
  const final = row.status === 'final';
  const windowDays = settings.objectionWindowDays;
  const finalizedAt = final ? row.finalizedAt : null;
  const suggestion = suggestionFor(c.results, row.resultRatings);
  // under the binding leader rule a head's result rating is the one mapped from the organisation predicate
  const resultRating = row.resultRating ?? (c.leader?.mode === 'binding' ? c.leader.rating : null);
  const preview =
    resultRating && row.behaviourRating ? predicateFor(resultRating, row.behaviourRating) : null;
  const pendingViolations =
    !final && rel.assessor && preview && c.population
      ? distributionOf(c.population, settings.distributionRules, { ...c.member, predicate: preview })
          .violations
      : [];
  const locked = isLocked(c);
  const opensOn = finalizableFrom(c);
  const objection = c.objection?.row ?? null;
  return {
    id: row.id,
    workPlanId: row.workPlanId,
    periodId: row.periodId,
    employeeId: row.employeeId,
    assessorId: row.assessorId,
    unitId: row.unitId,
    unitName: c.unitNames.get(row.unitId) ?? '',
    status: row.status,
    resultRatings: row.resultRatings,
    resultRating,
    suggestedResultRating: suggestion?.rating ?? null,
    suggestion,
    reason: row.resultRatingReason,
    offeredResultRating: offeredRating(c.leader),
    leaderRule: c.leader,
    behaviourRatings: row.behaviourRatings,
    behaviourRating: row.behaviourRating,
    strengths: row.strengths,
    improvements: row.improvements,
    predicate: final ? row.predicate : null,
    predicatePreview: preview,
    justification: row.justification,
    violations: row.violations ?? [],
    pendingViolations,
    orgPredicate: row.orgPredicate,
    period: presentPeriod(c.period),
    employee: row.snapshot.employee,
    assessor: row.snapshot.assessor,
    assessorSuperior: row.snapshot.assessorSuperior,
    acting: row.snapshot.acting ?? null,
    agencyHead: row.snapshot.agencyHead ?? null,
    results: c.results,
    annual: c.annual,
    finalizedAt: row.finalizedAt?.toISOString() ?? null,
    finalizedBy: row.finalizedAt ? { userId: row.finalizedBy, name: row.finalizedByName ?? '' } : null,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    reopenedAt: row.reopenedAt?.toISOString() ?? null,
    reopenReason: row.reopenReason,
    objectionDeadline: finalizedAt ? objectionDeadline(finalizedAt, windowDays, DEFAULT_TIME_ZONE) : null,
    finalizableFrom: opensOn,
    locked,
    objection: objection
      ? presentObjection(objection, {
          employeeName: row.snapshot.employee.name,
          periodLabel: c.period.label,
          deciderName: c.objection?.deciderName ?? null,
          me: rel.actor.employeeId,
          assessorId: row.assessorId,
          topDecider: rel.topDecider,
          settings,
          now,
        })
      : null,
    can: {
      edit: !final && rel.assessor && !locked,
      finalize: !final && rel.assessor && !locked && canFinalizeOn(dateIn(now), opensOn, 0),
      reopen: final && rel.hr && !locked && (!objection || objection.status === 'decided'),
      acknowledge: final && rel.owner && row.acknowledgedAt === null,
      object:
        rel.owner &&
        finalizedAt !== null &&
        canObject(finalizedAt, now, windowDays, DEFAULT_TIME_ZONE) &&
        !objection,
    },
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentListItem(
  row: repo.EvaluationRow,
  extra: { periodLabel: string; unitName: string; objectionStatus: EvaluationListItem['objectionStatus'] },
): EvaluationListItem {
  return {
    id: row.id,
    workPlanId: row.workPlanId,
    periodId: row.periodId,
    periodLabel: extra.periodLabel,
    employeeId: row.employeeId,
    employeeName: row.snapshot.employee.name,
    employeeNip: row.snapshot.employee.nip,
    unitId: row.unitId,
    unitName: extra.unitName,
    assessorId: row.assessorId,
    status: row.status,
    resultRating: row.resultRating,
    behaviourRating: row.behaviourRating,
    predicate: row.status === 'final' ? row.predicate : null,
    finalizedAt: row.finalizedAt?.toISOString() ?? null,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    objectionStatus: extra.objectionStatus,
    version: row.version,
  };
}
