import { z } from 'zod';
import { ASN_TYPES, FUNCTIONAL_LEVELS } from '../people/ranks.js';
import { AGGREGATIONS } from '../progress/period-targets.js';
import { BEHAVIOUR_VALUES } from './berakhlak.js';
import { CASCADE_PROBLEMS, LINK_STATUSES, PERSPECTIVES } from './rules.js';
import { APPROACHES, ASPECTS, CATEGORIES, DIRECTIONS, RESULT_KINDS } from './schemas.js';
import { PLAN_STATUSES } from './status.js';

/**
 * The API shapes of the planning endpoints: one zod schema each (the routes' response schemas and the OpenAPI
 * description), and the TypeScript type derived from it (server presenters produce them; the web and the
 * documents read them).
 */

export const personSnapshotSchema = z.object({
  id: z.string(),
  name: z.string(),
  nip: z.string(),
  asnType: z.enum(ASN_TYPES),
  rank: z.string(),
  rankLabel: z.string(),
  positionTitle: z.string(),
  positionType: z.string(),
  /** the jenjang of a functional position (absent in snapshots taken before it was recorded) */
  functionalLevel: z.enum(FUNCTIONAL_LEVELS).nullable().optional(),
  unitId: z.string(),
  unitName: z.string(),
});
export type PersonSnapshot = z.infer<typeof personSnapshotSchema>;

/** The people of a plan as they were when it was created or last submitted (stored with the plan). */
export const planSnapshotSchema = z.object({
  employee: personSnapshotSchema,
  assessor: personSnapshotSchema.nullable(),
  /** whether the employee headed a unit (perspective column) */
  headsUnit: z.boolean(),
});
export type PlanSnapshot = z.infer<typeof planSnapshotSchema>;

export const periodTargetViewSchema = z.object({
  periodId: z.string(),
  target: z.number().nullable(),
  overridden: z.boolean(),
});
export type PeriodTargetView = z.infer<typeof periodTargetViewSchema>;

export const indicatorViewSchema = z.object({
  id: z.string(),
  text: z.string(),
  aspect: z.enum(ASPECTS),
  target: z.number().nullable(),
  targetMax: z.number().nullable(),
  targetText: z.string().nullable(),
  unit: z.string().nullable(),
  direction: z.enum(DIRECTIONS),
  category: z.enum(CATEGORIES).nullable(),
  perspective: z.enum(PERSPECTIVES).nullable(),
  templateId: z.string().nullable(),
  /** how the periods build the year (domain §4) */
  aggregation: z.enum(AGGREGATIONS),
  /**
   * the target of each periodic period the plan is in force in, in calendar order: the split of the annual target
   * (`sum`: evenly, the hundredths left over to the last periods; `average`/`latest`: the annual target) or set by
   * hand (`overridden`)
   */
  periodTargets: z.array(periodTargetViewSchema),
  position: z.number(),
  /** writing hints that do not block saving */
  warnings: z.array(z.enum(['no_numeric_target', 'no_unit'])),
});
export type IndicatorView = z.infer<typeof indicatorViewSchema>;

export const resultViewSchema = z.object({
  id: z.string(),
  kind: z.enum(RESULT_KINDS),
  text: z.string(),
  parentResultId: z.string().nullable(),
  /** the assessor's result this one supports */
  parentResult: z.object({ id: z.string(), text: z.string(), workPlanId: z.string() }).nullable(),
  linkStatus: z.enum(LINK_STATUSES),
  position: z.number(),
  indicators: z.array(indicatorViewSchema),
});
export type ResultView = z.infer<typeof resultViewSchema>;

/** What still stops a submit (`submitProblems` of rules.ts produces them). */
export const submitProblemSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('no_main_result') }),
  z.object({ code: z.literal('result_without_indicator'), resultId: z.string() }),
  z.object({ code: z.literal('main_result_not_linked'), resultId: z.string() }),
  z.object({ code: z.literal('indicator_without_target'), resultId: z.string(), indicatorId: z.string() }),
  /** the linked leader result is no longer valid (e.g. the leader's plan was amended without it) */
  z.object({ code: z.literal('invalid_link'), resultId: z.string(), reason: z.enum(CASCADE_PROBLEMS) }),
]);
export type SubmitProblem = z.infer<typeof submitProblemSchema>;

export const workPlanViewSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  cycleYear: z.number(),
  employeeId: z.string(),
  assessorId: z.string().nullable(),
  assessorOverrideReason: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  approach: z.enum(APPROACHES),
  version: z.number(),
  revision: z.number(),
  amendsId: z.string().nullable(),
  amendmentReason: z.string().nullable(),
  isCurrent: z.boolean(),
  /** the unit the employee worked in under this plan */
  unitId: z.string(),
  unitName: z.string(),
  /** the days the plan is in force (`YYYY-MM-DD`); endDate null = to the cycle's end */
  startDate: z.string(),
  endDate: z.string().nullable(),
  /** a transfer ended it (endDate set): kept, read-only */
  ended: z.boolean(),
  /** the employee and the assessor as they were when the plan was made (kept for history) */
  employee: personSnapshotSchema,
  assessor: personSnapshotSchema.nullable(),
  /** jpt or administrasi_fungsional: the document's title group */
  positionGroup: z.enum(['jpt', 'administrasi_fungsional']),
  /** whether the perspective column applies (JPT and unit heads) */
  usesPerspective: z.boolean(),
  results: z.array(resultViewSchema),
  behaviours: z.array(z.object({ value: z.enum(BEHAVIOUR_VALUES), expectation: z.string() })),
  annex: z.object({
    resources: z.array(z.string()),
    accountability: z.array(z.string()),
    consequences: z.array(z.string()),
  }),
  /** what still stops a submit (empty when it can be submitted) */
  submitProblems: z.array(submitProblemSchema),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** what the caller may do now */
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    review: z.boolean(),
    amend: z.boolean(),
    editBehaviours: z.boolean(),
    comment: z.boolean(),
  }),
});
export type WorkPlanView = z.infer<typeof workPlanViewSchema>;

export const workPlanListItemSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  employeeNip: z.string(),
  /** the plan's unit (not necessarily the employee's today) */
  unitId: z.string(),
  unitName: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  ended: z.boolean(),
  assessorId: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  approach: z.enum(APPROACHES),
  revision: z.number(),
  isCurrent: z.boolean(),
  resultCount: z.number(),
  pendingLinks: z.number(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type WorkPlanListItem = z.infer<typeof workPlanListItemSchema>;

export const planCommentViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['comment', 'submit', 'return', 'approve', 'amend']),
  body: z.string(),
  authorName: z.string(),
  authorUserId: z.string().nullable(),
  createdAt: z.string(),
});
export type PlanCommentView = z.infer<typeof planCommentViewSchema>;

/** One difference between two versions of a plan's content (`diffPlanContent` of diff.ts produces them). */
export const planChangeSchema = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  entity: z.enum(['approach', 'result', 'indicator', 'behaviour', 'annex']),
  /** the result/indicator id, the behaviour value, or the annex list */
  id: z.string(),
  /** the result an indicator belongs to */
  resultId: z.string().optional(),
  field: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type PlanChange = z.infer<typeof planChangeSchema>;

const submissionRef = z.object({ seq: z.number(), submittedAt: z.string() });

export const planChangesViewSchema = z.object({
  /** compared with: the last submission (while editing) or the submission before (while reviewing) */
  base: submissionRef.nullable(),
  target: z.union([z.literal('current'), submissionRef]),
  changes: z.array(planChangeSchema),
});
export type PlanChangesView = z.infer<typeof planChangesViewSchema>;

export const planVersionViewSchema = z.object({
  id: z.string(),
  revision: z.number(),
  status: z.enum(PLAN_STATUSES),
  isCurrent: z.boolean(),
  amendmentReason: z.string().nullable(),
  approvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type PlanVersionView = z.infer<typeof planVersionViewSchema>;

const resultRef = z.object({ id: z.string(), text: z.string(), kind: z.enum(RESULT_KINDS) });

export const teamMatrixViewSchema = z.object({
  leaderPlan: z
    .object({
      id: z.string(),
      status: z.enum(PLAN_STATUSES),
      results: z.array(z.object({ id: z.string(), kind: z.enum(RESULT_KINDS), text: z.string() })),
    })
    .nullable(),
  cycleId: z.string(),
  subordinates: z.array(
    z.object({
      employeeId: z.string(),
      name: z.string(),
      nip: z.string(),
      positionTitle: z.string(),
      plan: z.object({ id: z.string(), status: z.enum(PLAN_STATUSES) }).nullable(),
      /** leader result id → the subordinate's results that support it */
      links: z.record(z.string(), z.array(resultRef)),
      /** the subordinate's results with no link yet */
      pending: z.array(resultRef),
    }),
  ),
});
export type TeamMatrixView = z.infer<typeof teamMatrixViewSchema>;

/** The results a plan's results may support: those of the assessor's plan in force in the same cycle. */
export const parentOptionsViewSchema = z.object({
  plan: z
    .object({
      id: z.string(),
      status: z.enum(PLAN_STATUSES),
      revision: z.number(),
      employee: z.object({ id: z.string(), name: z.string() }),
      results: z.array(
        z.object({ id: z.string(), kind: z.enum(RESULT_KINDS), text: z.string(), position: z.number() }),
      ),
    })
    .nullable(),
});
export type ParentOptionsView = z.infer<typeof parentOptionsViewSchema>;

/** Why "Turunkan ke bawahan" added nothing to one subordinate's plan. */
export const ASSIGN_ERRORS = ['not_direct_report', 'not_editable', 'different_assessor'] as const;

/** One subordinate's outcome of cascading a leader's result from the team matrix. */
export const assignOutcomeSchema = z.object({
  employeeId: z.string(),
  workPlanId: z.string().nullable(),
  resultId: z.string().nullable(),
  /** a draft plan had to be created for the subordinate */
  createdPlan: z.boolean(),
  /** why nothing was added (e.g. the plan is submitted or approved) */
  error: z.enum(ASSIGN_ERRORS).nullable(),
});
export type AssignOutcome = z.infer<typeof assignOutcomeSchema>;
