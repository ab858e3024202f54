/**
 * The API shapes of the follow-up ledgers (api.md "Development, escalation, recognition, credit points" and the TPP
 * export): one zod schema each (response schemas and the OpenAPI description) and the type derived from it.
 */
import { z } from 'zod';
import { LEARNING_HOURS_STANDINGS } from '../development/learning-hours.js';
import { PREDICATES } from '../evaluations/matrix.js';
import { tppRatesSchema } from '../evaluations/tpp.js';
import { FUNCTIONAL_LEVELS } from '../people/ranks.js';

const predicate = z.enum(PREDICATES);
const asnType = z.enum(['PNS', 'PPPK']);
const standing = z.enum(LEARNING_HOURS_STANDINGS);

/** A completed development item counted in the ledger. */
export const learningHoursItemViewSchema = z.object({
  id: z.string(),
  planId: z.string(),
  trainingId: z.string().nullable(),
  title: z.string(),
  mode: z.enum(['classroom', 'elearning', 'coaching', 'mentoring', 'on_the_job']).nullable(),
  hours: z.number(),
  completedAt: z.string(),
});
export type LearningHoursItemView = z.infer<typeof learningHoursItemViewSchema>;

/** `GET /employees/:id/learning-hours`: PNS minimum 20 (maximum null), PPPK maximum 24 (minimum null). */
export const learningHoursViewSchema = z.object({
  employeeId: z.string(),
  asnType,
  year: z.number(),
  hours: z.number(),
  minimum: z.number().nullable(),
  maximum: z.number().nullable(),
  /** PNS: hours still missing for the minimum (≥ 0); PPPK: 0 */
  shortfall: z.number(),
  /** PPPK: hours above the maximum (≥ 0); PNS: 0 */
  overMaximum: z.number(),
  standing,
  items: z.array(learningHoursItemViewSchema),
});
export type LearningHoursView = z.infer<typeof learningHoursViewSchema>;

/** One employee in `GET /learning-hours`. */
export const learningHoursRowViewSchema = z.object({
  employeeId: z.string(),
  nip: z.string(),
  name: z.string(),
  asnType,
  unitId: z.string(),
  unitName: z.string(),
  hours: z.number(),
  minimum: z.number().nullable(),
  maximum: z.number().nullable(),
  shortfall: z.number(),
  overMaximum: z.number(),
  standing,
});
export type LearningHoursRowView = z.infer<typeof learningHoursRowViewSchema>;

export const learningHoursListViewSchema = z.object({
  year: z.number(),
  items: z.array(learningHoursRowViewSchema),
  total: z.number(),
});
export type LearningHoursListView = z.infer<typeof learningHoursListViewSchema>;

/** One evaluation counted for angka kredit (domain §7). */
export const creditPointItemViewSchema = z.object({
  periodId: z.string(),
  periodLabel: z.string(),
  evaluationId: z.string(),
  months: z.number(),
  predicate,
  /** of the yearly coefficient, e.g. 150 for Sangat Baik */
  percentage: z.number(),
  coefficient: z.number(),
  /** rounded to 3 decimals, half up */
  points: z.number(),
});
export type CreditPointItemView = z.infer<typeof creditPointItemViewSchema>;

/** `GET /employees/:id/credit-points`: not `fungsional` → no items, total 0. */
export const creditPointsViewSchema = z.object({
  employeeId: z.string(),
  cycleId: z.string().nullable(),
  cycleYear: z.number().nullable(),
  functionalLevel: z.enum(FUNCTIONAL_LEVELS).nullable(),
  items: z.array(creditPointItemViewSchema),
  /** the sum of the rounded points */
  total: z.number(),
});
export type CreditPointsView = z.infer<typeof creditPointsViewSchema>;

/** `GET /settings/tpp` (and the answer of the PUT). */
export const tppRatesViewSchema = z.object({
  rates: tppRatesSchema,
  /** 0: nothing stored yet (the defaults are in force) */
  version: z.number(),
  updatedAt: z.string().nullable(),
  defaults: tppRatesSchema,
});
export type TppRatesView = z.infer<typeof tppRatesViewSchema>;

export const tppItemViewSchema = z.object({
  employeeId: z.string(),
  nip: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  evaluationId: z.string(),
  predicate,
  percentage: z.number(),
});
export type TppItemView = z.infer<typeof tppItemViewSchema>;

export const tppMissingViewSchema = z.object({
  employeeId: z.string(),
  nip: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
});
export type TppMissingView = z.infer<typeof tppMissingViewSchema>;

/** `GET /exports/tpp?periodId=`: the final periodic evaluations of the period, and who has none. */
export const tppExportViewSchema = z.object({
  period: z.object({
    id: z.string(),
    label: z.string(),
    startDate: z.string(),
    endDate: z.string(),
  }),
  rates: tppRatesSchema,
  items: z.array(tppItemViewSchema),
  missing: z.array(tppMissingViewSchema),
});
export type TppExportView = z.infer<typeof tppExportViewSchema>;
