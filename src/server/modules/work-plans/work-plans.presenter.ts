import { BEHAVIOUR_VALUES, type BehaviourValue } from '../../../domain/work-plans/berakhlak.js';
import type { PlanContent } from '../../../domain/work-plans/diff.js';
import {
  cascadeProblem,
  indicatorWarnings,
  linkStatus,
  positionGroup,
  submitProblems,
  type SubmitProblem,
} from '../../../domain/work-plans/rules.js';
import { canTransition } from '../../../domain/work-plans/status.js';
import type { PeriodTargetView, ResultView, WorkPlanView } from '../../../domain/work-plans/view.js';
import { periodTargets, targetPeriods } from '../../../domain/progress/period-targets.js';
import type { Executor } from '../../platform/db/client.js';
import type { PlanRelation } from './work-plans.policy.js';
import * as repo from './work-plans.repository.js';

type Content = Awaited<ReturnType<typeof repo.planContent>>;

/** What an indicator says (without its place): what a view shows and what an amendment copies. */
export const indicatorContent = (i: repo.IndicatorRow) => ({
  text: i.text,
  aspect: i.aspect,
  target: i.target,
  targetMax: i.targetMax,
  targetText: i.targetText,
  unit: i.unit,
  direction: i.direction,
  category: i.category,
  perspective: i.perspective,
  templateId: i.templateId,
  aggregation: i.aggregation,
  /** the overrides as stored (an amendment copies them) */
  periodTargets: i.periodTargets,
});

/**
 * The target of each periodic period the plan is in force in (domain §4): the split of the annual target, or the
 * override set by hand.
 */
export function indicatorPeriodTargets(
  plan: Pick<repo.PlanRow, 'startDate' | 'endDate'>,
  periods: readonly repo.CyclePeriodRow[],
  i: Pick<repo.IndicatorRow, 'target' | 'aggregation' | 'periodTargets'>,
): PeriodTargetView[] {
  const ids = targetPeriods(periods, plan).map((p) => p.id);
  return periodTargets(i.target, i.aggregation, ids, i.periodTargets ?? null);
}

function resultViews(
  plan: repo.PlanRow,
  content: Content,
  parents: Awaited<ReturnType<typeof repo.parentResults>>,
  periods: readonly repo.CyclePeriodRow[],
) {
  const parentById = new Map(parents.map((p) => [p.id, p]));
  const approach = plan.approach;
  return content.results.map((r): ResultView => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    parentResultId: r.parentResultId,
    parentResult: (() => {
      const p = r.parentResultId ? parentById.get(r.parentResultId) : undefined;
      return p ? { id: p.id, text: p.text, workPlanId: p.workPlanId } : null;
    })(),
    linkStatus: linkStatus(r.parentResultId, plan.assessorId !== null),
    position: r.position,
    indicators: content.indicators
      .filter((i) => i.resultId === r.id)
      .map((i) => ({
        id: i.id,
        ...indicatorContent(i),
        periodTargets: indicatorPeriodTargets(plan, periods, i),
        position: i.position,
        warnings: indicatorWarnings(approach, i),
      })),
  }));
}

/** Everything that stops a submit: the domain preconditions plus links that no longer hold. */
export function allSubmitProblems(
  plan: repo.PlanRow,
  results: ResultView[],
  parents: Awaited<ReturnType<typeof repo.parentResults>>,
): SubmitProblem[] {
  const problems = submitProblems({
    approach: plan.approach,
    hasAssessor: plan.assessorId !== null,
    results,
  });
  const parentById = new Map(parents.map((p) => [p.id, p]));
  for (const r of results) {
    const p = r.parentResultId ? parentById.get(r.parentResultId) : undefined;
    if (!p) continue;
    const reason = cascadeProblem(p, { assessorId: plan.assessorId, cycleId: plan.cycleId });
    if (reason) problems.push({ code: 'invalid_link', resultId: r.id, reason });
  }
  return problems;
}

export async function buildPlanView(
  db: Executor,
  plan: repo.PlanRow,
  rel: PlanRelation | null,
): Promise<WorkPlanView> {
  const [content, cycle, amendment, unitName, periods] = await Promise.all([
    repo.planContent(db, plan.id),
    repo.findCycleRow(db, plan.cycleId),
    repo.findAmendmentOf(db, plan.id),
    repo.unitNameOf(db, plan.unitId),
    repo.cyclePeriods(db, plan.cycleId),
  ]);
  const parentIds = [
    ...new Set(content.results.map((r) => r.parentResultId).filter((x): x is string => Boolean(x))),
  ];
  const parents = await repo.parentResults(db, parentIds);
  const results = resultViews(plan, content, parents, periods);
  const snapshot = plan.snapshot;
  const expectations = new Map(content.behaviours.map((b) => [b.value, b.expectation]));
  // a closed cycle is read-only (issue 10): nothing to offer until HR reopens it
  const open = cycle?.status !== 'closed';
  const owner = (rel?.owner ?? false) && open;
  // content edits and amendments are the owner's alone (requireEditor)
  const editor = owner;
  const assessor = (rel?.assessor ?? false) && open;
  const ended = plan.endDate !== null;
  return {
    id: plan.id,
    cycleId: plan.cycleId,
    cycleYear: cycle?.year ?? 0,
    employeeId: plan.employeeId,
    assessorId: plan.assessorId,
    assessorOverrideReason: plan.assessorOverrideReason,
    status: plan.status,
    approach: plan.approach,
    version: plan.version,
    revision: plan.revision,
    amendsId: plan.amendsId,
    amendmentReason: plan.amendmentReason,
    isCurrent: plan.isCurrent,
    unitId: plan.unitId,
    unitName: unitName ?? snapshot.employee.unitName,
    startDate: plan.startDate,
    endDate: plan.endDate,
    ended: plan.endDate !== null,
    employee: snapshot.employee,
    assessor: snapshot.assessor,
    positionGroup: positionGroup(snapshot.employee.positionType),
    usesPerspective: snapshot.employee.positionType === 'jpt' || snapshot.headsUnit,
    results,
    behaviours: BEHAVIOUR_VALUES.map((value: BehaviourValue) => ({
      value,
      expectation: expectations.get(value) ?? '',
    })),
    annex: plan.annex,
    submitProblems: allSubmitProblems(plan, results, parents),
    submittedAt: plan.submittedAt?.toISOString() ?? null,
    approvedAt: plan.approvedAt?.toISOString() ?? null,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    can: {
      edit: editor && !ended && canTransition(plan.status, 'edit'),
      submit: owner && !ended && canTransition(plan.status, 'submit'),
      review: assessor && plan.status === 'submitted',
      amend: editor && canTransition(plan.status, 'amend') && plan.isCurrent && !ended && !amendment,
      editBehaviours: (assessor || ((rel?.hr ?? false) && open)) && !ended && plan.status !== 'approved',
      comment: owner || assessor || ((rel?.hr ?? false) && open),
    },
  };
}

/** The plan's content in the shape the diff compares (and the submission history stores). */
export function contentOf(view: WorkPlanView): PlanContent {
  return {
    approach: view.approach,
    results: view.results.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      parentResultId: r.parentResultId,
      indicators: r.indicators.map((i) => ({
        id: i.id,
        text: i.text,
        aspect: i.aspect,
        target: i.target,
        targetMax: i.targetMax,
        targetText: i.targetText,
        unit: i.unit,
        direction: i.direction,
        category: i.category,
        perspective: i.perspective,
      })),
    })),
    behaviours: view.behaviours,
    annex: view.annex,
  };
}
