import { z } from 'zod';
import { PLAN_STATUSES } from '../work-plans/status.js';

/**
 * The API shapes of the monitoring endpoints: one zod schema each (the routes' response schemas and the OpenAPI
 * description), and the TypeScript type derived from it.
 */

/** Completion numbers of one unit (its own employees) or of a subtree (the unit and every unit below it). */
export const completionCountsSchema = z.object({
  employees: z.number(),
  /** no work plan in the cycle yet */
  notStarted: z.number(),
  draft: z.number(),
  submitted: z.number(),
  returned: z.number(),
  approved: z.number(),
  /** employees with at least one progress entry for the period */
  reportedProgress: z.number(),
  /** employees with a final evaluation for the period */
  evaluationsDone: z.number(),
});
export type CompletionCounts = z.infer<typeof completionCountsSchema>;

export const completionUnitViewSchema = z.object({
  unitId: z.string(),
  code: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  /** depth below the top of the tree shown (0 = a root of the answer) */
  depth: z.number(),
  own: completionCountsSchema,
  total: completionCountsSchema,
});
export type CompletionUnitView = z.infer<typeof completionUnitViewSchema>;

const periodRef = z.object({ id: z.string(), label: z.string() }).nullable();

export const completionViewSchema = z.object({
  cycleId: z.string(),
  cycleYear: z.number(),
  period: periodRef,
  /** false when no period is selected (no evaluations to count) */
  evaluationsAvailable: z.boolean(),
  /** units in tree order (depth first, siblings by code) */
  units: z.array(completionUnitViewSchema),
  /** the sum over the roots of the answer */
  totals: completionCountsSchema,
});
export type CompletionView = z.infer<typeof completionViewSchema>;

export const COMPLETION_STATUSES = [
  'not_started',
  'draft',
  'submitted',
  'returned',
  'approved',
  'no_progress',
] as const;
export type CompletionStatus = (typeof COMPLETION_STATUSES)[number];

export const completionPersonViewSchema = z.object({
  employeeId: z.string(),
  name: z.string(),
  nip: z.string(),
  positionTitle: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  planId: z.string().nullable(),
  planStatus: z.enum(PLAN_STATUSES).nullable(),
  reportedProgress: z.boolean(),
});
export type CompletionPersonView = z.infer<typeof completionPersonViewSchema>;

/** The people behind a completion number: one page, and the period counted. */
export const completionPeopleViewSchema = z.object({
  items: z.array(completionPersonViewSchema),
  total: z.number(),
  period: periodRef,
});
export type CompletionPeopleView = z.infer<typeof completionPeopleViewSchema>;
