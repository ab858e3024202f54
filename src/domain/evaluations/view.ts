import { z } from 'zod';
import { BEHAVIOUR_VALUES } from '../work-plans/berakhlak.js';
import { personSnapshotSchema } from '../work-plans/view.js';
import { PREDICATES, RATINGS } from './matrix.js';
import { ANNUAL_MODES, distributionRulesSchema, LEADER_RULE_MODES } from './schemas.js';
import { ORG_PREDICATES } from './suggestion.js';

/**
 * The API shapes of the assessment endpoints, once: the server validates and documents its responses with these
 * schemas (OpenAPI), and the types below are inferred from them (server presenters produce them; the web and the
 * documents read them).
 */

const rating = z.enum(RATINGS);
const predicate = z.enum(PREDICATES);
const orgPredicate = z.enum(ORG_PREDICATES);
const evaluationStatus = z.enum(['draft', 'final']);
const objectionStatus = z.enum(['filed', 'explanations_requested', 'decided']);
const predicateCounts = z.record(predicate, z.number());

const person = personSnapshotSchema;

/** The assessor signs as acting official (Plt/Plh) of the absent head: documents print "Plt."/"Plh." + forTitle. */
export const actingSignerSchema = z.object({
  kind: z.enum(['plt', 'plh']),
  /** the absent head's name and position title */
  forName: z.string(),
  forTitle: z.string(),
});
export type ActingSigner = z.infer<typeof actingSignerSchema>;

/** The agency head assesses an employee without a supervisor: the name and title the documents print. */
export const agencyHeadSignerSchema = z.object({ name: z.string(), title: z.string() });
export type AgencyHeadSigner = z.infer<typeof agencyHeadSignerSchema>;

/** `GET/PUT /settings/agency`: the agency head as documents name them, with the stored version (0: defaults). */
export const agencySettingsViewSchema = agencyHeadSignerSchema.extend({ version: z.number() });
export type AgencySettingsView = z.infer<typeof agencySettingsViewSchema>;

/** The people of an evaluation as they were when it was created or finalised (stored with it). */
export const evaluationSnapshotSchema = z.object({
  employee: person,
  /** the assessing person (the acting official when `acting`; the agency head's person, if any, when `agencyHead`) */
  assessor: person.nullable(),
  assessorSuperior: person.nullable(),
  /** assessed by an acting official (Plt/Plh) of the absent head */
  acting: actingSignerSchema.nullable().optional(),
  /** assessed by the agency head (the employee has no supervisor) */
  agencyHead: agencyHeadSignerSchema.nullable().optional(),
});
export type EvaluationSnapshot = z.infer<typeof evaluationSnapshotSchema>;
export type EvaluationStatus = z.infer<typeof evaluationStatus>;
export type ObjectionStatus = z.infer<typeof objectionStatus>;

export const periodRefSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  kind: z.enum(['periodic', 'annual']),
  index: z.number(),
  label: z.string(),
  startDate: z.string(),
  endDate: z.string(),
});
export type PeriodRef = z.infer<typeof periodRefSchema>;

export const distributionViolationSchema = z.object({
  rule: z.enum(['max', 'min', 'none']),
  predicates: z.array(predicate),
  /** the number of people allowed (max, none) or required (min) */
  limit: z.number(),
  actual: z.number(),
});
export type DistributionViolation = z.infer<typeof distributionViolationSchema>;

export const ratingsSnapshotSchema = z.object({
  resultRating: rating.nullable(),
  behaviourRating: rating.nullable(),
  predicate: predicate.nullable(),
});
export type RatingsSnapshot = z.infer<typeof ratingsSnapshotSchema>;

export const objectionViewSchema = z.object({
  id: z.string(),
  evaluationId: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  periodLabel: z.string(),
  deciderId: z.string().nullable(),
  deciderName: z.string().nullable(),
  reason: z.string(),
  status: objectionStatus,
  explanationRequest: z.string().nullable(),
  explanationsRequestedAt: z.string().nullable(),
  employeeExplanation: z.string().nullable(),
  employeeExplainedAt: z.string().nullable(),
  assessorExplanation: z.string().nullable(),
  assessorExplainedAt: z.string().nullable(),
  outcome: z.enum(['upheld', 'changed']).nullable(),
  note: z.string().nullable(),
  before: ratingsSnapshotSchema,
  after: ratingsSnapshotSchema.nullable(),
  filedAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  /** the day it should be decided by (settings: days after filing) */
  decisionDueOn: z.string(),
  /** the last day for the parties' explanations once asked for (settings: working days) */
  explanationsDueOn: z.string().nullable(),
  /** whether it may be decided now: explanations asked for, and both given or their time run out */
  readyToDecide: z.boolean(),
  /** the parties whose explanation is still awaited */
  awaiting: z.array(z.enum(['employee', 'assessor'])),
  can: z.object({
    requestExplanations: z.boolean(),
    explainAsEmployee: z.boolean(),
    explainAsAssessor: z.boolean(),
    decide: z.boolean(),
  }),
  version: z.number(),
});
export type ObjectionView = z.infer<typeof objectionViewSchema>;

export const resultRatingSchema = z.object({ resultId: z.string(), rating, comment: z.string().nullable() });
export type ResultRatingView = z.infer<typeof resultRatingSchema>;

export const behaviourRatingSchema = z.object({
  value: z.enum(BEHAVIOUR_VALUES),
  rating,
  comment: z.string().nullable(),
});
export type BehaviourRatingView = z.infer<typeof behaviourRatingSchema>;

/** The suggestion with its reasoning: the rule that applied and the counts behind it. */
export const suggestionSchema = z.object({
  rating,
  reason: z.enum(['most_above', 'main_result_below', 'most_below', 'otherwise']),
  rated: z.number(),
  above: z.number(),
  meets: z.number(),
  below: z.number(),
  mainBelow: z.number(),
});
export type SuggestionView = z.infer<typeof suggestionSchema>;

/** A result rating offered from elsewhere: the unit's organisation predicate (leader rule). */
export const offeredRatingSchema = z.object({
  rating,
  source: z.literal('org_predicate'),
  orgPredicate,
  unitId: z.string(),
  unitName: z.string(),
});
export type OfferedRatingView = z.infer<typeof offeredRatingSchema>;

/**
 * The leader rule as it applies to an evaluated unit head (domain §5): `binding`, the result rating is the one mapped
 * from the unit's organisation predicate; `offered`, it is offered and a departure needs a reason. `rating` is null
 * while the unit has no organisation predicate for the period.
 */
export const leaderRuleSchema = z.object({
  mode: z.enum(['binding', 'offered']),
  unitId: z.string(),
  unitName: z.string(),
  orgPredicate: orgPredicate.nullable(),
  rating: rating.nullable(),
});
export type LeaderRuleView = z.infer<typeof leaderRuleSchema>;

export const evaluationResultRowSchema = z.object({
  id: z.string(),
  kind: z.enum(['main', 'additional']),
  text: z.string(),
  parentText: z.string().nullable(),
  indicators: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      target: z.number().nullable(),
      targetMax: z.number().nullable(),
      targetText: z.string().nullable(),
      unit: z.string().nullable(),
    }),
  ),
});
export type EvaluationResultRow = z.infer<typeof evaluationResultRowSchema>;

/**
 * The annual pre-fill from the final periodic evaluations of every plan of the year (a transfer gives a year several
 * plans); each periodic predicate weighs the months its period covered under its plan.
 */
export const annualPrefillSchema = z.object({
  mode: z.enum(ANNUAL_MODES),
  periodic: z.array(
    z.object({
      evaluationId: z.string(),
      periodId: z.string(),
      label: z.string(),
      predicate,
      workPlanId: z.string(),
      months: z.number(),
    }),
  ),
  /** the plans of the year, in order, with the months each was in force */
  plans: z.array(
    z.object({
      workPlanId: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      unitName: z.string(),
      assessorName: z.string().nullable(),
      months: z.number(),
    }),
  ),
  suggestedPredicate: predicate.nullable(),
});
export type AnnualPrefillView = z.infer<typeof annualPrefillSchema>;

export const evaluationCanSchema = z.object({
  edit: z.boolean(),
  finalize: z.boolean(),
  reopen: z.boolean(),
  acknowledge: z.boolean(),
  object: z.boolean(),
});
export type EvaluationCan = z.infer<typeof evaluationCanSchema>;

export const evaluationViewSchema = z.object({
  id: z.string(),
  workPlanId: z.string(),
  periodId: z.string(),
  employeeId: z.string(),
  assessorId: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  status: evaluationStatus,
  resultRatings: z.array(resultRatingSchema),
  resultRating: rating.nullable(),
  suggestedResultRating: rating.nullable(),
  suggestion: suggestionSchema.nullable(),
  /** the departure reason when the result rating is not the suggestion */
  reason: z.string().nullable(),
  offeredResultRating: offeredRatingSchema.nullable(),
  leaderRule: leaderRuleSchema.nullable(),
  behaviourRatings: z.array(behaviourRatingSchema),
  behaviourRating: rating.nullable(),
  strengths: z.string().nullable(),
  improvements: z.string().nullable(),
  /** final: the matrix cell; draft: null (see `predicatePreview`) */
  predicate: predicate.nullable(),
  /** the matrix cell of the current overall ratings (drafts too) */
  predicatePreview: predicate.nullable(),
  justification: z.string().nullable(),
  /** the violations the justification accepted */
  violations: z.array(distributionViolationSchema),
  /**
   * Draft with both overall ratings, seen by the assessor: the unit's pattern violations if it were finalised now
   * (finalising then needs a justification). Empty otherwise.
   */
  pendingViolations: z.array(distributionViolationSchema),
  orgPredicate: orgPredicate.nullable(),
  period: periodRefSchema,
  employee: person,
  assessor: person.nullable(),
  assessorSuperior: person.nullable(),
  /** assessed by an acting official (Plt/Plh) of the absent head */
  acting: actingSignerSchema.nullable().optional(),
  /** assessed by the agency head (the employee has no supervisor) */
  agencyHead: agencyHeadSignerSchema.nullable().optional(),
  results: z.array(evaluationResultRowSchema),
  annual: annualPrefillSchema.nullable(),
  finalizedAt: z.string().nullable(),
  finalizedBy: z.object({ userId: z.string().nullable(), name: z.string() }).nullable(),
  acknowledgedAt: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  /** the last day (Asia/Jakarta) an objection may be filed; null while a draft */
  objectionDeadline: z.string().nullable(),
  /** the first day it may be finalised (settings: days before the period's end, the cycle's for the annual one) */
  finalizableFrom: z.string(),
  /** its period is locked or its cycle closed: nothing but objection steps may change it */
  locked: z.boolean(),
  objection: objectionViewSchema.nullable(),
  can: evaluationCanSchema,
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EvaluationView = z.infer<typeof evaluationViewSchema>;

export const evaluationListItemSchema = z.object({
  id: z.string(),
  workPlanId: z.string(),
  periodId: z.string(),
  periodLabel: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  employeeNip: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  assessorId: z.string().nullable(),
  status: evaluationStatus,
  resultRating: rating.nullable(),
  behaviourRating: rating.nullable(),
  predicate: predicate.nullable(),
  finalizedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  objectionStatus: objectionStatus.nullable(),
  version: z.number(),
});
export type EvaluationListItem = z.infer<typeof evaluationListItemSchema>;

/** Evaluasi Tim: the approved plans the caller assesses, each with its evaluation for the period (or none yet). */
export const teamEvaluationRowSchema = z.object({
  workPlanId: z.string(),
  employee: z.object({
    id: z.string(),
    name: z.string(),
    nip: z.string(),
    positionTitle: z.string(),
    unitName: z.string(),
  }),
  evaluation: evaluationListItemSchema.nullable(),
});
export type TeamEvaluationRow = z.infer<typeof teamEvaluationRowSchema>;

export const orgPredicateViewSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  periodId: z.string(),
  predicate: orgPredicate,
  basis: z.string().nullable(),
  setBy: z.string(),
  setByName: z.string(),
  setAt: z.string(),
});
export type OrgPredicateView = z.infer<typeof orgPredicateViewSchema>;

export const orgPredicateHistorySchema = z.object({
  unitId: z.string(),
  periodId: z.string(),
  current: orgPredicateViewSchema.nullable(),
  history: z.array(orgPredicateViewSchema),
  can: z.object({ set: z.boolean() }),
});
export type OrgPredicateHistoryView = z.infer<typeof orgPredicateHistorySchema>;

const unitRef = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  parentId: z.string().nullable(),
  headName: z.string().nullable(),
});

/** Capaian Organisasi: the units the caller may set predicates for, with the one in force. */
export const orgPredicateUnitRowSchema = z.object({
  unit: unitRef,
  current: orgPredicateViewSchema.nullable(),
});
export type OrgPredicateUnitRow = z.infer<typeof orgPredicateUnitRowSchema>;

export const patternRowSchema = z.object({
  rule: z.enum(['max', 'min', 'none']),
  predicates: z.array(predicate),
  percent: z.number().nullable(),
  persons: z.number().nullable(),
  /** people allowed (max, none) or required (min) at the current total */
  limit: z.number(),
  actual: z.number(),
  ok: z.boolean(),
});
export type PatternRow = z.infer<typeof patternRowSchema>;

export const distributionViewSchema = z.object({
  unitId: z.string(),
  periodId: z.string(),
  orgPredicate: orgPredicate.nullable(),
  total: z.number(),
  counts: predicateCounts,
  violations: z.array(distributionViolationSchema),
  pattern: z.array(patternRowSchema),
});
export type DistributionView = z.infer<typeof distributionViewSchema>;

const calibrationPerson = z.object({
  evaluationId: z.string().nullable(),
  employeeId: z.string(),
  name: z.string(),
  nip: z.string(),
  positionTitle: z.string(),
  status: z.enum(['draft', 'final', 'not_started']),
  resultRating: rating.nullable(),
  behaviourRating: rating.nullable(),
  predicate: predicate.nullable(),
  justification: z.string().nullable(),
});
export type CalibrationPerson = z.infer<typeof calibrationPerson>;

export const calibrationViewSchema = z.object({
  unit: z.object({
    id: z.string(),
    name: z.string(),
    code: z.string(),
    headId: z.string().nullable(),
    headName: z.string().nullable(),
  }),
  period: periodRefSchema,
  orgPredicate: orgPredicateViewSchema.nullable(),
  distribution: distributionViewSchema,
  /**
   * The pattern check if every evaluation on the board were finalised as it stands (final ones plus drafts with
   * both ratings): lets the unit calibrate before finalising. Null without an organisation predicate.
   */
  projected: z
    .object({
      total: z.number(),
      counts: predicateCounts,
      violations: z.array(distributionViolationSchema),
    })
    .nullable(),
  /** 3×3: result rating (rows above → below) × behaviour rating (columns below → above); final and draft */
  cells: z.array(
    z.object({
      resultRating: rating,
      behaviourRating: rating,
      predicate,
      people: z.array(calibrationPerson),
    }),
  ),
  /** the population without both overall ratings yet (including not started) */
  unplaced: z.array(calibrationPerson),
  /** the unit head (excluded from the population) */
  leader: calibrationPerson.nullable(),
  justifications: z.array(
    z.object({
      evaluationId: z.string(),
      employeeName: z.string(),
      justification: z.string(),
      finalizedAt: z.string().nullable(),
    }),
  ),
  /** every reader of the board may open its evaluations */
  can: z.object({ openEvaluations: z.boolean() }),
});
export type CalibrationView = z.infer<typeof calibrationViewSchema>;

/** A unit whose calibration board the caller may open (`GET /calibration/units`). */
export const calibrationUnitRowSchema = z.object({
  unit: unitRef,
  orgPredicate: orgPredicate.nullable(),
  /** evaluations of the period (draft and final), the unit's head excluded */
  total: z.number(),
  finals: z.number(),
  /** the number of broken rules among the final evaluations */
  violations: z.number(),
});
export type CalibrationUnitRow = z.infer<typeof calibrationUnitRowSchema>;

const assessmentSettings = z.object({
  distributionRules: distributionRulesSchema,
  annualSuggestion: z.enum(ANNUAL_MODES),
  leaderRule: z.enum(LEADER_RULE_MODES),
  objectionWindowDays: z.int(),
  finalizeDaysBefore: z.int(),
  explanationWorkingDays: z.int(),
  objectionDecisionDays: z.int(),
});

export const assessmentSettingsViewSchema = assessmentSettings.extend({
  version: z.number(),
  updatedAt: z.string().nullable(),
  defaults: assessmentSettings,
});
export type AssessmentSettingsView = z.infer<typeof assessmentSettingsViewSchema>;

/**
 * What a development plan addresses. `result`: a result rated below expectation (with the indicator categories of
 * its indicators); `behaviour`: a BerAKHLAK value rated below; `feedback`: an improvement point from the period's
 * feedback (tagged to a result or a value, or general); `own`: an area the employee named for a voluntary plan.
 * `categories` and `notes` came with issue 14: plans stored before read them as empty.
 */
export const FOCUS_AREA_KINDS = ['result', 'behaviour', 'feedback', 'own'] as const;
export const focusAreaSchema = z.object({
  kind: z.enum(FOCUS_AREA_KINDS),
  resultId: z.string().nullable(),
  value: z.enum(BEHAVIOUR_VALUES).nullable(),
  text: z.string(),
  /** the rating of the result or value (null for feedback and own areas) */
  rating: rating.nullable(),
  /** indicator categories (efficiency, effectiveness, innovation) the area concerns */
  categories: z.array(z.string()).default([]),
  /** improvement feedback on the same subject, quoted */
  notes: z.array(z.string()).default([]),
});
export type FocusArea = z.infer<typeof focusAreaSchema>;

/** Rencana Pengembangan Kompetensi (`GET /employees/:id/development-plans`). */
export const developmentPlanViewSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  evaluationId: z.string().nullable(),
  periodId: z.string().nullable(),
  periodLabel: z.string().nullable(),
  source: z.enum(['evaluation', 'voluntary']),
  predicate: predicate.nullable(),
  status: z.enum(['open', 'done', 'cancelled']),
  focusAreas: z.array(focusAreaSchema),
  note: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});
export type DevelopmentPlanView = z.infer<typeof developmentPlanViewSchema>;
