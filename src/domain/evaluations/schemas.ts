import { z } from 'zod';
import { str } from '../text.js';
import { BEHAVIOUR_VALUES } from '../work-plans/berakhlak.js';
import { PREDICATES, RATINGS } from './matrix.js';
import { ORG_PREDICATES } from './suggestion.js';

/** Request schemas for the assessment endpoints: shared by the server, the web forms and the tests. */

const text = (max: number) => str().trim().min(1).max(max);
const optionalText = (max: number) => str().trim().max(max).nullish();
const optionalVersion = z.int().positive().optional();

export const ratingSchema = z.enum(RATINGS);
export const predicateSchema = z.enum(PREDICATES);
export const orgPredicateSchema = z.enum(ORG_PREDICATES);
export const ANNUAL_MODES = ['latest', 'most_frequent'] as const;

export const createEvaluationSchema = z.object({ workPlanId: z.uuid(), periodId: z.uuid() });

export const resultRatingInputSchema = z.object({
  resultId: z.uuid(),
  rating: ratingSchema,
  comment: optionalText(2000),
});
export const behaviourRatingInputSchema = z.object({
  value: z.enum(BEHAVIOUR_VALUES),
  rating: ratingSchema,
  comment: optionalText(2000),
});

function unique<T>(items: readonly T[], key: (t: T) => string) {
  return new Set(items.map(key)).size === items.length;
}

export const updateEvaluationSchema = z.object({
  resultRatings: z
    .array(resultRatingInputSchema)
    .max(200)
    .refine((a) => unique(a, (r) => r.resultId), { message: 'duplicate resultId' })
    .optional(),
  resultRating: ratingSchema.nullish(),
  behaviourRatings: z
    .array(behaviourRatingInputSchema)
    .max(7)
    .refine((a) => unique(a, (r) => r.value), { message: 'duplicate value' })
    .optional(),
  behaviourRating: ratingSchema.nullish(),
  /** why the overall result rating departs from the suggestion */
  reason: optionalText(2000),
  /** constructive feedback: strengths and areas to improve */
  strengths: optionalText(4000),
  improvements: optionalText(4000),
  version: optionalVersion,
});
export type UpdateEvaluationInput = z.infer<typeof updateEvaluationSchema>;

export const finalizeEvaluationSchema = z.object({
  /** accepts a distribution violation (kept and shown on the unit's Penetapan) */
  justification: optionalText(4000),
  version: optionalVersion,
});

export const reopenEvaluationSchema = z.object({ reason: text(2000), version: optionalVersion });

export const evaluationQuerySchema = z.object({
  periodId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  employeeId: z.uuid().optional(),
  assessorId: z.uuid().optional(),
  status: z.enum(['draft', 'final']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const teamEvaluationQuerySchema = z.object({ periodId: z.uuid() });

export const objectionSchema = z.object({ reason: text(4000) });
export const explanationRequestSchema = z.object({ note: optionalText(2000) });
export const explanationSchema = z.object({ text: text(4000) });
/** `PUT /settings/agency`: the agency head's name and title as documents print them. */
export const putAgencySettingsSchema = z.object({
  name: str().trim().min(1).max(200),
  title: str().trim().min(1).max(200),
  version: z.number().int().min(0).optional(),
});

export const decideObjectionSchema = z
  .object({
    outcome: z.enum(['upheld', 'changed']),
    resultRating: ratingSchema.optional(),
    behaviourRating: ratingSchema.optional(),
    note: text(4000),
  })
  .refine((d) => d.outcome === 'upheld' || d.resultRating !== undefined || d.behaviourRating !== undefined, {
    message: 'a changed result needs resultRating or behaviourRating',
    path: ['resultRating'],
  });
export const objectionQuerySchema = z.object({
  status: z.enum(['open', 'decided']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const orgPredicateParamsSchema = z.object({ id: z.uuid(), periodId: z.uuid() });
export const putOrgPredicateSchema = z.object({
  predicate: orgPredicateSchema,
  /** the basis of the predicate (e.g. the unit's achievement of its targets) */
  basis: optionalText(4000),
});
export const orgPredicateQuerySchema = z.object({ periodId: z.uuid() });
export const distributionQuerySchema = z.object({ periodId: z.uuid() });

const predicateList = z
  .array(predicateSchema)
  .min(1)
  .refine((a) => new Set(a).size === a.length, { message: 'duplicate predicate' });
export const distributionRuleSchema = z.union([
  z.object({ rule: z.enum(['max', 'min']), predicates: predicateList, percent: z.number().min(0).max(100) }),
  z.object({ rule: z.enum(['max', 'min']), predicates: predicateList, persons: z.int().min(0).max(10_000) }),
  z.object({ rule: z.literal('none'), predicates: predicateList }),
]);
export const distributionRulesSchema = z.object({
  istimewa: z.array(distributionRuleSchema).max(10),
  baik: z.array(distributionRuleSchema).max(10),
  butuh_perbaikan: z.array(distributionRuleSchema).max(10),
  kurang: z.array(distributionRuleSchema).max(10),
  sangat_kurang: z.array(distributionRuleSchema).max(10),
});

/** The leader rule (domain §5): binding (the head's result rating is the mapped one), offered, or off. */
export const LEADER_RULE_MODES = ['binding', 'offered', 'off'] as const;
export type LeaderRuleMode = (typeof LEADER_RULE_MODES)[number];

export const assessmentSettingsSchema = z.object({
  distributionRules: distributionRulesSchema,
  annualSuggestion: z.enum(ANNUAL_MODES),
  leaderRule: z.enum(LEADER_RULE_MODES),
  objectionWindowDays: z.int().min(1).max(90),
  /** a periodic evaluation may be finalised from this many days before its period ends (the annual one: the cycle) */
  finalizeDaysBefore: z.int().min(0).max(60),
  /** working days the parties have to explain an objection once asked, before the decider may decide without */
  explanationWorkingDays: z.int().min(1).max(30),
  /** calendar days from filing within which an objection should be decided */
  objectionDecisionDays: z.int().min(1).max(90),
});
export type AssessmentSettings = z.infer<typeof assessmentSettingsSchema>;
/** `version` 0 = the defaults (nothing stored yet) */
export const putAssessmentSettingsSchema = assessmentSettingsSchema.extend({
  version: z.int().min(0).optional(),
});

/**
 * A stored settings document as written by earlier versions: `leaderRule` was a boolean (true = the rule on, which
 * is now "binding"), and the timing and objection keys did not exist (their defaults apply).
 */
export const storedAssessmentSettingsSchema = z.object({
  distributionRules: distributionRulesSchema,
  annualSuggestion: z.enum(ANNUAL_MODES),
  leaderRule: z.union([z.enum(LEADER_RULE_MODES), z.boolean().transform((on) => (on ? 'binding' : 'off'))]),
  objectionWindowDays: z.int().min(1).max(90),
  finalizeDaysBefore: z.int().min(0).max(60).default(5),
  explanationWorkingDays: z.int().min(1).max(30).default(5),
  objectionDecisionDays: z.int().min(1).max(90).default(14),
});
