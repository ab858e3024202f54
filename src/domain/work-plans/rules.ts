/** Submit preconditions and cascade rules (domain §3, api.md). Pure: the server and the web use them alike. */
import type { SubmitProblem } from './view.js';

/** A submit problem's shape is part of the plan's API view (view.ts). */
export type { SubmitProblem };

export interface PlanContentForRules {
  approach: 'quantitative' | 'qualitative';
  /** whether the employee has an assessor (everyone below the top does) */
  hasAssessor: boolean;
  results: Array<{
    id: string;
    kind: 'main' | 'additional';
    parentResultId: string | null;
    indicators: Array<{ id: string; target: number | null; targetText: string | null }>;
  }>;
}

/**
 * What stops a plan from being submitted: at least one main result; every result with an indicator; every
 * main result linked to the assessor's plan (when there is an assessor); every indicator with a target
 * (a number in the quantitative approach, a number or a narrative in the qualitative one).
 */
export function submitProblems(plan: PlanContentForRules): SubmitProblem[] {
  const problems: SubmitProblem[] = [];
  if (!plan.results.some((r) => r.kind === 'main')) problems.push({ code: 'no_main_result' });
  for (const r of plan.results) {
    if (r.indicators.length === 0) problems.push({ code: 'result_without_indicator', resultId: r.id });
    if (r.kind === 'main' && plan.hasAssessor && !r.parentResultId) {
      problems.push({ code: 'main_result_not_linked', resultId: r.id });
    }
    for (const i of r.indicators) {
      const measurable =
        plan.approach === 'quantitative'
          ? i.target !== null
          : i.target !== null || Boolean(i.targetText?.trim());
      if (!measurable) problems.push({ code: 'indicator_without_target', resultId: r.id, indicatorId: i.id });
    }
  }
  return problems;
}

/** Where a result's link to the assessor's plan stands. */
export const LINK_STATUSES = ['linked', 'pending', 'not_required'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export function linkStatus(parentResultId: string | null, hasAssessor: boolean): LinkStatus {
  if (!hasAssessor) return 'not_required';
  return parentResultId ? 'linked' : 'pending';
}

export interface ParentCandidate {
  /** the plan the parent result belongs to */
  planEmployeeId: string;
  planCycleId: string;
  planIsCurrent: boolean;
}

export const CASCADE_PROBLEMS = ['no_assessor', 'not_assessor_plan', 'other_cycle', 'not_current'] as const;
export type CascadeProblem = (typeof CASCADE_PROBLEMS)[number];

/** A parent result must be a result of the assessor's plan in force in the same cycle. */
export function cascadeProblem(
  parent: ParentCandidate,
  plan: { assessorId: string | null; cycleId: string },
): CascadeProblem | null {
  if (!plan.assessorId) return 'no_assessor';
  if (parent.planEmployeeId !== plan.assessorId) return 'not_assessor_plan';
  if (parent.planCycleId !== plan.cycleId) return 'other_cycle';
  if (!parent.planIsCurrent) return 'not_current';
  return null;
}

/** Warnings shown while writing (they do not block saving): a quantitative indicator needs a number. */
export function indicatorWarnings(
  approach: 'quantitative' | 'qualitative',
  i: { target: number | null; targetText: string | null; unit: string | null },
): Array<'no_numeric_target' | 'no_unit'> {
  const w: Array<'no_numeric_target' | 'no_unit'> = [];
  if (approach === 'quantitative' && i.target === null) w.push('no_numeric_target');
  if (i.target !== null && !i.unit?.trim()) w.push('no_unit');
  return w;
}

/** Perspectives apply to top officials (JPT) and unit heads. */
export const PERSPECTIVES = ['penerima_layanan', 'proses_bisnis', 'penguatan_internal', 'anggaran'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** The position group in the document title (PermenPANRB 6/2022 forms). */
export function positionGroup(positionType: string): 'jpt' | 'administrasi_fungsional' {
  return positionType === 'jpt' ? 'jpt' : 'administrasi_fungsional';
}
