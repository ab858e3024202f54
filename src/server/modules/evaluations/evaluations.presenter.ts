import { and, asc, eq } from 'drizzle-orm';
import type { DistributionViolation } from '../../../domain/evaluations/distribution.js';
import { predicateFor, type Predicate, type Rating } from '../../../domain/evaluations/matrix.js';
import type { AssessmentSettings } from '../../../domain/evaluations/schemas.js';
import { canObject, objectionDeadline } from '../../../domain/evaluations/objection.js';
import {
  annualSuggestion,
  orgPredicateToResultRating,
  suggestResultRating,
} from '../../../domain/evaluations/suggestion.js';
import type {
  AnnualPrefillView,
  EvaluationListItem,
  EvaluationResultRow,
  EvaluationView,
  ObjectionView,
  OfferedRatingView,
  PeriodRef,
  RatingsSnapshot,
  ResultRatingView,
  SuggestionView,
} from '../../../domain/evaluations/view.js';
import { DEFAULT_TIME_ZONE, dateIn } from '../../../domain/dates.js';
import type { Executor } from '../../platform/db/client.js';
import { evaluations, periods } from '../../platform/db/schema.js';
import { parentResults, planContent } from '../work-plans/index.js';
import type { EvaluationRelation } from './evaluations.policy.js';
import * as repo from './evaluations.repository.js';
import { unitDistribution } from './use-cases/distribution-core.js';

export const presentPeriod = (p: repo.PeriodRow): PeriodRef => ({
  id: p.id,
  cycleId: p.cycleId,
  kind: p.kind,
  index: p.index,
  label: p.label,
  startDate: p.startDate,
  endDate: p.endDate,
});

export async function evaluationResults(db: Executor, workPlanId: string): Promise<EvaluationResultRow[]> {
  const { results, indicators } = await planContent(db, workPlanId);
  const parents = await parentResults(
    db,
    results.map((r) => r.parentResultId).filter((id): id is string => id !== null),
  );
  const parentText = new Map(parents.map((p) => [p.id, p.text]));
  return results
    .slice()
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'main' ? -1 : 1))
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      parentText: r.parentResultId ? (parentText.get(r.parentResultId) ?? null) : null,
      indicators: indicators
        .filter((i) => i.resultId === r.id)
        .map((i) => ({
          id: i.id,
          text: i.text,
          target: i.target,
          targetMax: i.targetMax,
          targetText: i.targetText,
          unit: i.unit,
        })),
    }));
}

/** The suggestion with the counts behind it, over the results of the plan that are rated. */
export function suggestionOf(
  results: readonly EvaluationResultRow[],
  ratings: readonly ResultRatingView[],
): SuggestionView | null {
  const kindOf = new Map(results.map((r) => [r.id, r.kind]));
  const rated = ratings
    .filter((r) => kindOf.has(r.resultId))
    .map((r) => ({ kind: kindOf.get(r.resultId)!, rating: r.rating }));
  const s = suggestResultRating(rated);
  if (!s) return null;
  return {
    rating: s.rating,
    reason: s.reason,
    rated: rated.length,
    above: rated.filter((r) => r.rating === 'above').length,
    meets: rated.filter((r) => r.rating === 'meets').length,
    below: rated.filter((r) => r.rating === 'below').length,
    mainBelow: rated.filter((r) => r.kind === 'main' && r.rating === 'below').length,
  };
}

/** The leader rule (domain §5): a unit head is offered their unit's organisation predicate as result rating. */
export async function offeredRating(
  db: Executor,
  row: repo.EvaluationRow,
  settings: AssessmentSettings,
  today: string,
): Promise<OfferedRatingView | null> {
  if (!settings.leaderRule) return null;
  const led = await repo.ledUnits(db, row.employeeId, today);
  if (led.length === 0) return null;
  const ordered = led.includes(row.unitId) ? [row.unitId, ...led.filter((u) => u !== row.unitId)] : led;
  for (const unitId of ordered) {
    const org = await repo.currentOrgPredicate(db, unitId, row.periodId);
    if (org) {
      const unit = await repo.findUnit(db, unitId);
      return {
        rating: orgPredicateToResultRating(org.predicate),
        source: 'org_predicate',
        orgPredicate: org.predicate,
        unitId,
        unitName: unit?.name ?? '',
      };
    }
  }
  return null;
}

/** The annual pre-fill: the final periodic predicates of the employee in the cycle, in order. */
export async function annualPrefill(
  db: Executor,
  row: repo.EvaluationRow,
  period: repo.PeriodRow,
  settings: AssessmentSettings,
): Promise<AnnualPrefillView | null> {
  if (period.kind !== 'annual') return null;
  const rows = await db
    .select({
      id: evaluations.id,
      periodId: periods.id,
      label: periods.label,
      predicate: evaluations.predicate,
    })
    .from(evaluations)
    .innerJoin(periods, eq(periods.id, evaluations.periodId))
    .where(
      and(
        eq(evaluations.employeeId, row.employeeId),
        eq(periods.cycleId, period.cycleId),
        eq(periods.kind, 'periodic'),
        eq(evaluations.status, 'final'),
      ),
    )
    .orderBy(asc(periods.index));
  const periodic = rows
    .filter((r): r is typeof r & { predicate: Predicate } => r.predicate !== null)
    .map((r) => ({ evaluationId: r.id, periodId: r.periodId, label: r.label, predicate: r.predicate }));
  return {
    mode: settings.annualSuggestion,
    periodic,
    suggestedPredicate: annualSuggestion(
      periodic.map((p) => p.predicate),
      settings.annualSuggestion,
    ),
  };
}

export function ratingsSnapshot(row: {
  resultRating: Rating | null;
  behaviourRating: Rating | null;
  predicate: Predicate | null;
}): RatingsSnapshot {
  return { resultRating: row.resultRating, behaviourRating: row.behaviourRating, predicate: row.predicate };
}

export function presentObjection(
  o: repo.ObjectionRow,
  ctx: {
    employeeName: string;
    periodLabel: string;
    deciderName: string | null;
    me: string | null;
    assessorId: string | null;
    agencyHead: boolean;
  },
): ObjectionView {
  const open = o.status !== 'decided';
  const isDecider = o.deciderId ? ctx.me === o.deciderId : ctx.agencyHead;
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
    permissions: {
      requestExplanations: open && isDecider,
      explainAsEmployee: open && ctx.me !== null && ctx.me === o.employeeId,
      explainAsAssessor: open && ctx.me !== null && ctx.me === ctx.assessorId,
      decide: open && isDecider,
    },
    version: o.version,
  };
}

export async function objectionViewOf(
  db: Executor,
  o: repo.ObjectionRow,
  evaluation: repo.EvaluationRow,
  me: string | null,
  agencyHead: boolean,
): Promise<ObjectionView> {
  const snap = evaluation.snapshot;
  const period = await repo.findPeriod(db, evaluation.periodId);
  const names = await repo.employeeNames(db, o.deciderId ? [o.deciderId] : []);
  return presentObjection(o, {
    employeeName: snap.employee.name,
    periodLabel: period?.label ?? '',
    deciderName: o.deciderId ? (names.get(o.deciderId)?.name ?? null) : null,
    me,
    assessorId: evaluation.assessorId,
    agencyHead,
  });
}

export interface ViewOptions {
  settings: AssessmentSettings;
  now: Date;
}

export async function buildEvaluationView(
  db: Executor,
  row: repo.EvaluationRow,
  rel: EvaluationRelation,
  opts: ViewOptions,
): Promise<EvaluationView> {
  const period = await repo.findPeriod(db, row.periodId);
  if (!period) throw new Error(`period ${row.periodId} missing`);
  const today = dateIn(opts.now, DEFAULT_TIME_ZONE);
  const results = await evaluationResults(db, row.workPlanId);
  const resultRatings = row.resultRatings;
  const suggestion = suggestionOf(results, resultRatings);
  const unit = await repo.findUnit(db, row.unitId);
  const snap = row.snapshot;
  const objectionRow = await repo.objectionOf(db, row.id);
  const final = row.status === 'final';
  const deadline =
    final && row.finalizedAt
      ? objectionDeadline(row.finalizedAt, opts.settings.objectionWindowDays, DEFAULT_TIME_ZONE)
      : null;
  const inWindow =
    final && row.finalizedAt !== null
      ? canObject(row.finalizedAt, opts.now, opts.settings.objectionWindowDays, DEFAULT_TIME_ZONE)
      : false;
  const preview =
    row.resultRating && row.behaviourRating ? predicateFor(row.resultRating, row.behaviourRating) : null;
  let pendingViolations: DistributionViolation[] = [];
  if (!final && rel.assessor && preview) {
    const d = await unitDistribution(db, row.unitId, row.periodId, opts.settings.distributionRules, {
      evaluationId: row.id,
      employeeId: row.employeeId,
      unitId: row.unitId,
      predicate: preview,
    });
    pendingViolations = d.violations;
  }
  return {
    id: row.id,
    workPlanId: row.workPlanId,
    periodId: row.periodId,
    employeeId: row.employeeId,
    assessorId: row.assessorId,
    unitId: row.unitId,
    unitName: unit?.name ?? '',
    status: row.status,
    resultRatings,
    resultRating: row.resultRating,
    suggestedResultRating: suggestion?.rating ?? null,
    suggestion,
    reason: row.resultRatingReason,
    offeredResultRating: await offeredRating(db, row, opts.settings, today),
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
    period: presentPeriod(period),
    employee: snap.employee,
    assessor: snap.assessor,
    assessorSuperior: snap.assessorSuperior,
    results,
    annual: await annualPrefill(db, row, period, opts.settings),
    finalizedAt: row.finalizedAt?.toISOString() ?? null,
    finalizedBy: row.finalizedAt ? { userId: row.finalizedBy, name: row.finalizedByName ?? '' } : null,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    reopenedAt: row.reopenedAt?.toISOString() ?? null,
    reopenReason: row.reopenReason,
    objectionDeadline: deadline,
    objection: objectionRow
      ? await objectionViewOf(
          db,
          objectionRow,
          row,
          rel.actor.employeeId,
          rel.actor.roles.includes('agency_head'),
        )
      : null,
    permissions: {
      edit: !final && rel.assessor,
      finalize: !final && rel.assessor,
      reopen: final && rel.hr && (!objectionRow || objectionRow.status === 'decided'),
      acknowledge: final && rel.owner && row.acknowledgedAt === null,
      object: final && rel.owner && inWindow && !objectionRow,
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
  const snap = row.snapshot;
  return {
    id: row.id,
    workPlanId: row.workPlanId,
    periodId: row.periodId,
    periodLabel: extra.periodLabel,
    employeeId: row.employeeId,
    employeeName: snap.employee.name,
    employeeNip: snap.employee.nip,
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
