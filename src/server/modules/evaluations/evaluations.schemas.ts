import { z } from 'zod';
import { PREDICATES, RATINGS } from '../../../domain/evaluations/matrix.js';
import { ANNUAL_MODES, distributionRulesSchema } from '../../../domain/evaluations/schemas.js';
import { ORG_PREDICATES } from '../../../domain/evaluations/suggestion.js';
import type {
  AssessmentSettingsView,
  CalibrationUnitRow,
  CalibrationView,
  DistributionView,
  EvaluationListItem,
  EvaluationView,
  ObjectionView,
  OrgPredicateHistoryView,
  OrgPredicateUnitRow,
  OrgPredicateView,
  PatternRow,
  TeamEvaluationRow,
} from '../../../domain/evaluations/view.js';
import { BEHAVIOUR_VALUES } from '../../../domain/work-plans/berakhlak.js';

/** Response schemas for the OpenAPI description; they mirror the interfaces of src/domain/evaluations/view.ts. */

const rating = z.enum(RATINGS);
const predicate = z.enum(PREDICATES);
const orgPredicate = z.enum(ORG_PREDICATES);
const evaluationStatus = z.enum(['draft', 'final']);
const objectionStatus = z.enum(['filed', 'explanations_requested', 'decided']);
const predicateCounts = z.record(predicate, z.number());

/** PersonSnapshot of src/domain/work-plans/view.ts */
const person = z.object({
  id: z.string(),
  name: z.string(),
  nip: z.string(),
  asnType: z.enum(['PNS', 'PPPK']),
  rank: z.string(),
  rankLabel: z.string(),
  positionTitle: z.string(),
  positionType: z.string(),
  unitId: z.string(),
  unitName: z.string(),
});

const periodRef = z.object({
  id: z.string(),
  cycleId: z.string(),
  kind: z.enum(['periodic', 'annual']),
  index: z.number(),
  label: z.string(),
  startDate: z.string(),
  endDate: z.string(),
});

export const distributionViolationSchema = z.object({
  rule: z.enum(['max', 'min', 'none']),
  predicates: z.array(predicate),
  limit: z.number(),
  actual: z.number(),
});

const ratingsSnapshot = z.object({
  resultRating: rating.nullable(),
  behaviourRating: rating.nullable(),
  predicate: predicate.nullable(),
});

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
  before: ratingsSnapshot,
  after: ratingsSnapshot.nullable(),
  filedAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  permissions: z.object({
    requestExplanations: z.boolean(),
    explainAsEmployee: z.boolean(),
    explainAsAssessor: z.boolean(),
    decide: z.boolean(),
  }),
  version: z.number(),
});

export const evaluationViewSchema = z.object({
  id: z.string(),
  workPlanId: z.string(),
  periodId: z.string(),
  employeeId: z.string(),
  assessorId: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  status: evaluationStatus,
  resultRatings: z.array(z.object({ resultId: z.string(), rating, comment: z.string().nullable() })),
  resultRating: rating.nullable(),
  suggestedResultRating: rating.nullable(),
  suggestion: z
    .object({
      rating,
      reason: z.enum(['most_above', 'main_result_below', 'most_below', 'otherwise']),
      rated: z.number(),
      above: z.number(),
      meets: z.number(),
      below: z.number(),
      mainBelow: z.number(),
    })
    .nullable(),
  reason: z.string().nullable(),
  offeredResultRating: z
    .object({
      rating,
      source: z.literal('org_predicate'),
      orgPredicate,
      unitId: z.string(),
      unitName: z.string(),
    })
    .nullable(),
  behaviourRatings: z.array(
    z.object({ value: z.enum(BEHAVIOUR_VALUES), rating, comment: z.string().nullable() }),
  ),
  behaviourRating: rating.nullable(),
  strengths: z.string().nullable(),
  improvements: z.string().nullable(),
  predicate: predicate.nullable(),
  predicatePreview: predicate.nullable(),
  justification: z.string().nullable(),
  violations: z.array(distributionViolationSchema),
  pendingViolations: z.array(distributionViolationSchema),
  orgPredicate: orgPredicate.nullable(),
  period: periodRef,
  employee: person,
  assessor: person.nullable(),
  assessorSuperior: person.nullable(),
  results: z.array(
    z.object({
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
    }),
  ),
  annual: z
    .object({
      mode: z.enum(ANNUAL_MODES),
      periodic: z.array(
        z.object({ evaluationId: z.string(), periodId: z.string(), label: z.string(), predicate }),
      ),
      suggestedPredicate: predicate.nullable(),
    })
    .nullable(),
  finalizedAt: z.string().nullable(),
  finalizedBy: z.object({ userId: z.string().nullable(), name: z.string() }).nullable(),
  acknowledgedAt: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  objectionDeadline: z.string().nullable(),
  objection: objectionViewSchema.nullable(),
  permissions: z.object({
    edit: z.boolean(),
    finalize: z.boolean(),
    reopen: z.boolean(),
    acknowledge: z.boolean(),
    object: z.boolean(),
  }),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

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

export const orgPredicateHistorySchema = z.object({
  unitId: z.string(),
  periodId: z.string(),
  current: orgPredicateViewSchema.nullable(),
  history: z.array(orgPredicateViewSchema),
  canSet: z.boolean(),
});

const unitRef = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  parentId: z.string().nullable(),
  headName: z.string().nullable(),
});

export const orgPredicateUnitRowSchema = z.object({
  unit: unitRef,
  current: orgPredicateViewSchema.nullable(),
});

export const patternRowSchema = z.object({
  rule: z.enum(['max', 'min', 'none']),
  predicates: z.array(predicate),
  percent: z.number().nullable(),
  persons: z.number().nullable(),
  limit: z.number(),
  actual: z.number(),
  ok: z.boolean(),
});

export const distributionViewSchema = z.object({
  unitId: z.string(),
  periodId: z.string(),
  orgPredicate: orgPredicate.nullable(),
  total: z.number(),
  counts: predicateCounts,
  violations: z.array(distributionViolationSchema),
  pattern: z.array(patternRowSchema),
});

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

export const calibrationViewSchema = z.object({
  unit: z.object({
    id: z.string(),
    name: z.string(),
    code: z.string(),
    headId: z.string().nullable(),
    headName: z.string().nullable(),
  }),
  period: periodRef,
  orgPredicate: orgPredicateViewSchema.nullable(),
  distribution: distributionViewSchema,
  projected: z
    .object({
      total: z.number(),
      counts: predicateCounts,
      violations: z.array(distributionViolationSchema),
    })
    .nullable(),
  cells: z.array(
    z.object({
      resultRating: rating,
      behaviourRating: rating,
      predicate,
      people: z.array(calibrationPerson),
    }),
  ),
  unplaced: z.array(calibrationPerson),
  leader: calibrationPerson.nullable(),
  justifications: z.array(
    z.object({
      evaluationId: z.string(),
      employeeName: z.string(),
      justification: z.string(),
      finalizedAt: z.string().nullable(),
    }),
  ),
  canOpenEvaluations: z.boolean(),
});

export const calibrationUnitRowSchema = z.object({
  unit: unitRef,
  orgPredicate: orgPredicate.nullable(),
  total: z.number(),
  finals: z.number(),
  violations: z.number(),
});

const assessmentSettings = z.object({
  distributionRules: distributionRulesSchema,
  annualSuggestion: z.enum(ANNUAL_MODES),
  leaderRule: z.boolean(),
  objectionWindowDays: z.int(),
});

export const assessmentSettingsViewSchema = assessmentSettings.extend({
  version: z.number(),
  updatedAt: z.string().nullable(),
  defaults: assessmentSettings,
});

// The schemas and the interfaces must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<z.infer<typeof evaluationViewSchema>, EvaluationView>,
  Same<z.infer<typeof evaluationListItemSchema>, EvaluationListItem>,
  Same<z.infer<typeof teamEvaluationRowSchema>, TeamEvaluationRow>,
  Same<z.infer<typeof objectionViewSchema>, ObjectionView>,
  Same<z.infer<typeof orgPredicateViewSchema>, OrgPredicateView>,
  Same<z.infer<typeof orgPredicateHistorySchema>, OrgPredicateHistoryView>,
  Same<z.infer<typeof orgPredicateUnitRowSchema>, OrgPredicateUnitRow>,
  Same<z.infer<typeof patternRowSchema>, PatternRow>,
  Same<z.infer<typeof distributionViewSchema>, DistributionView>,
  Same<z.infer<typeof calibrationViewSchema>, CalibrationView>,
  Same<z.infer<typeof calibrationUnitRowSchema>, CalibrationUnitRow>,
  Same<z.infer<typeof assessmentSettingsViewSchema>, AssessmentSettingsView>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
void checks;
