import { z } from 'zod';
import { AGGREGATIONS } from '../progress/period-targets.js';
import { str } from '../text.js';
import { BEHAVIOUR_VALUES } from './berakhlak.js';
import { PERSPECTIVES } from './rules.js';

/** Request schemas for work plans (SKP): shared by the server, the web forms and the tests. */

export const APPROACHES = ['quantitative', 'qualitative'] as const;
export const RESULT_KINDS = ['main', 'additional'] as const;
export const ASPECTS = ['quantity', 'quality', 'time', 'cost'] as const;
export const DIRECTIONS = ['higher', 'lower'] as const;
export const CATEGORIES = ['efficiency', 'effectiveness', 'innovation'] as const;

const text = (max: number) => str().trim().min(1).max(max);
const optionalVersion = z.int().positive().optional();

export const createWorkPlanSchema = z.object({
  cycleId: z.uuid(),
  employeeId: z.uuid(),
  approach: z.enum(APPROACHES),
});

const annexList = z.array(text(1000)).max(50);
export const annexSchema = z.object({
  resources: annexList,
  accountability: annexList,
  consequences: annexList,
});
export type Annex = z.infer<typeof annexSchema>;

export const updateWorkPlanSchema = z.object({
  approach: z.enum(APPROACHES).optional(),
  annex: annexSchema.partial().optional(),
  version: optionalVersion,
});

export const setAssessorSchema = z.object({
  assessorId: z.uuid().nullable(),
  reason: text(1000),
  version: optionalVersion,
});

export const createResultSchema = z.object({
  kind: z.enum(RESULT_KINDS),
  text: text(2000),
  parentResultId: z.uuid().nullish(),
});

export const updateResultSchema = z.object({
  kind: z.enum(RESULT_KINDS).optional(),
  text: text(2000).optional(),
  parentResultId: z.uuid().nullable().optional(),
  position: z.int().min(0).max(10_000).optional(),
});

/** A target: not negative (no indicator here allows it, "lower is better" ones included), at most 10¹². */
const finiteNumber = z
  .number()
  .finite()
  .min(0, { message: 'number.negative' })
  .max(1e12, { message: 'number.tooLarge' });

const indicatorFields = {
  text: text(2000),
  aspect: z.enum(ASPECTS),
  target: finiteNumber.nullish(),
  targetMax: finiteNumber.nullish(),
  targetText: str().trim().max(1000).nullish(),
  unit: str().trim().max(100).nullish(),
  direction: z.enum(DIRECTIONS).optional(),
  category: z.enum(CATEGORIES).nullish(),
  perspective: z.enum(PERSPECTIVES).nullish(),
  templateId: z.uuid().nullish(),
  /** how the periods build the year (domain §4); default by aspect: sum for quantity, average otherwise */
  aggregation: z.enum(AGGREGATIONS).optional(),
};

const rangeOk = (v: { target?: number | null; targetMax?: number | null }) =>
  v.targetMax === null ||
  v.targetMax === undefined ||
  (v.target !== null && v.target !== undefined && v.targetMax >= v.target);

export const createIndicatorSchema = z
  .object(indicatorFields)
  .refine(rangeOk, { message: 'indicator.range', path: ['targetMax'] });

export const updateIndicatorSchema = z
  .object({
    text: indicatorFields.text.optional(),
    aspect: indicatorFields.aspect.optional(),
    target: finiteNumber.nullable().optional(),
    targetMax: finiteNumber.nullable().optional(),
    targetText: str().trim().max(1000).nullable().optional(),
    unit: str().trim().max(100).nullable().optional(),
    direction: z.enum(DIRECTIONS).optional(),
    category: z.enum(CATEGORIES).nullable().optional(),
    perspective: z.enum(PERSPECTIVES).nullable().optional(),
    /** changing it (or the target) clears the period targets set by hand */
    aggregation: z.enum(AGGREGATIONS).optional(),
    position: z.int().min(0).max(10_000).optional(),
  })
  .refine(rangeOk, { message: 'indicator.range', path: ['targetMax'] });

/**
 * The period targets set by hand (domain §4): the list replaces the stored ones; a period left out (or with a null
 * target) follows the split of the annual target again. For a summed indicator the periods without an override
 * share what the overrides leave of the annual target.
 */
export const periodTargetsSchema = z.object({
  targets: z
    .array(z.object({ periodId: z.uuid(), target: z.number().finite().min(0).max(1e12).nullable() }))
    .max(12),
  version: optionalVersion,
});
export type PeriodTargetsInput = z.infer<typeof periodTargetsSchema>;

export const behaviourParamsSchema = z.object({ id: z.uuid(), value: z.enum(BEHAVIOUR_VALUES) });
export const behaviourSchema = z.object({ expectation: str().trim().max(2000) });

export const commentSchema = z.object({ body: text(4000) });
export const returnSchema = z.object({ comment: text(4000) });
export const approveSchema = z.object({ comment: str().trim().max(4000).nullish() });
export const amendSchema = z.object({ reason: text(2000) });

export const workPlanQuerySchema = z.object({
  cycleId: z.uuid().optional(),
  employeeId: z.uuid().optional(),
  assessorId: z.uuid().optional(),
  /** `me`: the plans the caller assesses — as their assessor, as the agency head (plans without an assessor) or as
   * acting official (Plt/Plh) of their assessor today */
  assessedBy: z.enum(['me']).optional(),
  status: z.enum(['draft', 'submitted', 'returned', 'approved']).optional(),
  /** only the versions in force (default) or every version */
  current: z.enum(['true', 'false']).default('true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const matrixAssignSchema = z.object({
  /** the leader's result to cascade */
  resultId: z.uuid(),
  /** direct reports who get a linked draft result */
  employeeIds: z.array(z.uuid()).min(1).max(200),
  kind: z.enum(RESULT_KINDS).default('main'),
  /** the subordinates' result text; defaults to the leader's result text */
  text: text(2000).optional(),
});
