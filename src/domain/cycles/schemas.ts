import { z } from 'zod';
import { str } from '../text.js';
import { isoDate } from '../people/schemas.js';
import { cycleRangeIssues, FREQUENCIES } from './periods.js';

/** Request schemas for cycles and periods: shared by the server, the web forms and the tests. */

export const CYCLE_YEAR_MIN = 2000;
export const CYCLE_YEAR_MAX = 2100;

export const createCycleSchema = z
  .object({
    year: z.int().min(CYCLE_YEAR_MIN).max(CYCLE_YEAR_MAX),
    startDate: isoDate,
    endDate: isoDate,
    frequency: z.enum(FREQUENCIES),
    /** defaults to 31 January of the year */
    planningDeadline: isoDate.nullish(),
  })
  .superRefine((c, ctx) => {
    for (const issue of cycleRangeIssues(c))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.key });
  });
export type CreateCycleInput = z.infer<typeof createCycleSchema>;

export const updateCycleSchema = z.object({
  planningDeadline: isoDate.nullable().optional(),
  version: z.int().positive().optional(),
});
export type UpdateCycleInput = z.infer<typeof updateCycleSchema>;

export const updatePeriodSchema = z.object({
  progressDeadline: isoDate.nullable().optional(),
  evaluationDeadline: isoDate.nullable().optional(),
  version: z.int().positive().optional(),
});
export type UpdatePeriodInput = z.infer<typeof updatePeriodSchema>;

const reason = str().trim().max(2000);

export const lockPeriodSchema = z.object({ reason: reason.nullish() });
/** Unlocking reopens a closed period: the reason is required (and audited). */
export const unlockPeriodSchema = z.object({
  reason: z
    .string({ error: 'period.unlockReason' })
    .trim()
    .min(1, { error: 'period.unlockReason' })
    .max(2000),
});

export const periodParamsSchema = z.object({ id: z.uuid(), periodId: z.uuid() });

/** Closing a cycle: the version HR last read (optional, 409 when stale) and a note for the audit log. */
export const closeCycleSchema = z.object({
  version: z.int().positive().optional(),
  note: str().trim().max(2000).nullish(),
});
export type CloseCycleInput = z.infer<typeof closeCycleSchema>;

/** Reopening a closed cycle: the reason is required (and audited). */
export const reopenCycleSchema = z.object({
  reason: z.string({ error: 'cycle.reopenReason' }).trim().min(1, { error: 'cycle.reopenReason' }).max(2000),
  version: z.int().positive().optional(),
});
export type ReopenCycleInput = z.infer<typeof reopenCycleSchema>;
