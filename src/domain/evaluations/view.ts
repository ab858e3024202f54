import type { BehaviourValue } from '../work-plans/berakhlak.js';
import type { PersonSnapshot } from '../work-plans/view.js';
import type { DistributionRule, DistributionViolation } from './distribution.js';
import type { Predicate, Rating } from './matrix.js';
import type { AssessmentSettings } from './schemas.js';
import type { OrgPredicate, SuggestionReason } from './suggestion.js';

/** The people of an evaluation as they were when it was created or finalised (stored with it). */
export interface EvaluationSnapshot {
  employee: PersonSnapshot;
  assessor: PersonSnapshot | null;
  assessorSuperior: PersonSnapshot | null;
}

/** The API shapes of the assessment endpoints (server presenters produce them; the web and documents read them). */

export type EvaluationStatus = 'draft' | 'final';

export interface ResultRatingView {
  resultId: string;
  rating: Rating;
  comment: string | null;
}

export interface BehaviourRatingView {
  value: BehaviourValue;
  rating: Rating;
  comment: string | null;
}

export interface PeriodRef {
  id: string;
  cycleId: string;
  kind: 'periodic' | 'annual';
  index: number;
  label: string;
  startDate: string;
  endDate: string;
}

/** The suggestion with its reasoning: the rule that applied and the counts behind it. */
export interface SuggestionView {
  rating: Rating;
  reason: SuggestionReason;
  rated: number;
  above: number;
  meets: number;
  below: number;
  mainBelow: number;
}

/** A result rating offered from elsewhere: the unit's organisation predicate (leader rule). */
export interface OfferedRatingView {
  rating: Rating;
  source: 'org_predicate';
  orgPredicate: OrgPredicate;
  unitId: string;
  unitName: string;
}

/** The annual pre-fill from the final periodic evaluations. */
export interface AnnualPrefillView {
  mode: 'latest' | 'most_frequent';
  periodic: Array<{ evaluationId: string; periodId: string; label: string; predicate: Predicate }>;
  suggestedPredicate: Predicate | null;
}

export interface EvaluationResultRow {
  id: string;
  kind: 'main' | 'additional';
  text: string;
  parentText: string | null;
  indicators: Array<{
    id: string;
    text: string;
    target: number | null;
    targetMax: number | null;
    targetText: string | null;
    unit: string | null;
  }>;
}

export interface EvaluationPermissions {
  edit: boolean;
  finalize: boolean;
  reopen: boolean;
  acknowledge: boolean;
  object: boolean;
}

export interface EvaluationView {
  id: string;
  workPlanId: string;
  periodId: string;
  employeeId: string;
  assessorId: string | null;
  unitId: string;
  unitName: string;
  status: EvaluationStatus;
  resultRatings: ResultRatingView[];
  resultRating: Rating | null;
  suggestedResultRating: Rating | null;
  suggestion: SuggestionView | null;
  /** the departure reason when the result rating is not the suggestion */
  reason: string | null;
  offeredResultRating: OfferedRatingView | null;
  behaviourRatings: BehaviourRatingView[];
  behaviourRating: Rating | null;
  strengths: string | null;
  improvements: string | null;
  /** final: the matrix cell; draft: null (see `predicatePreview`) */
  predicate: Predicate | null;
  /** the matrix cell of the current overall ratings (drafts too) */
  predicatePreview: Predicate | null;
  justification: string | null;
  /** the violations the justification accepted */
  violations: DistributionViolation[];
  /**
   * Draft with both overall ratings, seen by the assessor: the unit's pattern violations if it were finalised now
   * (finalising then needs a justification). Empty otherwise.
   */
  pendingViolations: DistributionViolation[];
  orgPredicate: OrgPredicate | null;
  period: PeriodRef;
  employee: PersonSnapshot;
  assessor: PersonSnapshot | null;
  assessorSuperior: PersonSnapshot | null;
  results: EvaluationResultRow[];
  annual: AnnualPrefillView | null;
  finalizedAt: string | null;
  finalizedBy: { userId: string | null; name: string } | null;
  acknowledgedAt: string | null;
  reopenedAt: string | null;
  reopenReason: string | null;
  /** the last day (Asia/Jakarta) an objection may be filed; null while a draft */
  objectionDeadline: string | null;
  objection: ObjectionView | null;
  permissions: EvaluationPermissions;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface EvaluationListItem {
  id: string;
  workPlanId: string;
  periodId: string;
  periodLabel: string;
  employeeId: string;
  employeeName: string;
  employeeNip: string;
  unitId: string;
  unitName: string;
  assessorId: string | null;
  status: EvaluationStatus;
  resultRating: Rating | null;
  behaviourRating: Rating | null;
  predicate: Predicate | null;
  finalizedAt: string | null;
  acknowledgedAt: string | null;
  objectionStatus: ObjectionStatus | null;
  version: number;
}

/** Evaluasi Tim: the approved plans the caller assesses, each with its evaluation for the period (or none yet). */
export interface TeamEvaluationRow {
  workPlanId: string;
  employee: { id: string; name: string; nip: string; positionTitle: string; unitName: string };
  evaluation: EvaluationListItem | null;
}

export type ObjectionStatus = 'filed' | 'explanations_requested' | 'decided';

export interface RatingsSnapshot {
  resultRating: Rating | null;
  behaviourRating: Rating | null;
  predicate: Predicate | null;
}

export interface ObjectionView {
  id: string;
  evaluationId: string;
  employeeId: string;
  employeeName: string;
  periodLabel: string;
  deciderId: string | null;
  deciderName: string | null;
  reason: string;
  status: ObjectionStatus;
  explanationRequest: string | null;
  explanationsRequestedAt: string | null;
  employeeExplanation: string | null;
  employeeExplainedAt: string | null;
  assessorExplanation: string | null;
  assessorExplainedAt: string | null;
  outcome: 'upheld' | 'changed' | null;
  note: string | null;
  before: RatingsSnapshot;
  after: RatingsSnapshot | null;
  filedAt: string;
  decidedAt: string | null;
  decidedByName: string | null;
  permissions: {
    requestExplanations: boolean;
    explainAsEmployee: boolean;
    explainAsAssessor: boolean;
    decide: boolean;
  };
  version: number;
}

export interface OrgPredicateView {
  id: string;
  unitId: string;
  periodId: string;
  predicate: OrgPredicate;
  basis: string | null;
  setBy: string;
  setByName: string;
  setAt: string;
}

export interface OrgPredicateHistoryView {
  unitId: string;
  periodId: string;
  current: OrgPredicateView | null;
  history: OrgPredicateView[];
  canSet: boolean;
}

/** Capaian Organisasi: the units the caller may set predicates for, with the one in force. */
export interface OrgPredicateUnitRow {
  unit: { id: string; name: string; code: string; parentId: string | null; headName: string | null };
  current: OrgPredicateView | null;
}

export interface PatternRow {
  rule: DistributionRule['rule'];
  predicates: Predicate[];
  percent: number | null;
  persons: number | null;
  /** people allowed (max, none) or required (min) at the current total */
  limit: number;
  actual: number;
  ok: boolean;
}

export interface DistributionView {
  unitId: string;
  periodId: string;
  orgPredicate: OrgPredicate | null;
  total: number;
  counts: Record<Predicate, number>;
  violations: DistributionViolation[];
  pattern: PatternRow[];
}

export interface CalibrationPerson {
  evaluationId: string | null;
  employeeId: string;
  name: string;
  nip: string;
  positionTitle: string;
  status: EvaluationStatus | 'not_started';
  resultRating: Rating | null;
  behaviourRating: Rating | null;
  predicate: Predicate | null;
  justification: string | null;
}

export interface CalibrationView {
  unit: { id: string; name: string; code: string; headId: string | null; headName: string | null };
  period: PeriodRef;
  orgPredicate: OrgPredicateView | null;
  distribution: DistributionView;
  /**
   * The pattern check if every evaluation on the board were finalised as it stands (final ones plus drafts with
   * both ratings): lets the unit calibrate before finalising. Null without an organisation predicate.
   */
  projected: { total: number; counts: Record<Predicate, number>; violations: DistributionViolation[] } | null;
  /** 3×3: result rating (rows above → below) × behaviour rating (columns below → above); final and draft */
  cells: Array<{
    resultRating: Rating;
    behaviourRating: Rating;
    predicate: Predicate;
    people: CalibrationPerson[];
  }>;
  /** the population without both overall ratings yet (including not started) */
  unplaced: CalibrationPerson[];
  /** the unit head (excluded from the population) */
  leader: CalibrationPerson | null;
  justifications: Array<{
    evaluationId: string;
    employeeName: string;
    justification: string;
    finalizedAt: string | null;
  }>;
  canOpenEvaluations: boolean;
}

/** A unit whose calibration board the caller may open (`GET /calibration/units`). */
export interface CalibrationUnitRow {
  unit: { id: string; name: string; code: string; parentId: string | null; headName: string | null };
  orgPredicate: OrgPredicate | null;
  /** evaluations of the period (draft and final), the unit's head excluded */
  total: number;
  finals: number;
  /** the number of broken rules among the final evaluations */
  violations: number;
}

export interface AssessmentSettingsView extends AssessmentSettings {
  version: number;
  updatedAt: string | null;
  defaults: AssessmentSettings;
}

export interface FocusArea {
  kind: 'result' | 'behaviour';
  resultId: string | null;
  value: BehaviourValue | null;
  text: string;
  rating: Rating;
}

export interface DevelopmentPlanView {
  id: string;
  employeeId: string;
  evaluationId: string | null;
  periodId: string | null;
  periodLabel: string | null;
  source: 'evaluation' | 'voluntary';
  predicate: Predicate | null;
  status: 'open' | 'done' | 'cancelled';
  focusAreas: FocusArea[];
  note: string | null;
  createdAt: string;
  version: number;
}
