import { z } from 'zod';
import { FREQUENCIES, PERIOD_KINDS } from './periods.js';
import { CYCLE_STATUSES, PERIOD_STATUSES } from './status.js';

/**
 * The API shapes of the cycle endpoints: one zod schema each (the routes' response schemas and the OpenAPI
 * description), and the TypeScript type derived from it (server presenters produce them; the web reads them).
 */

export const periodViewSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  kind: z.enum(PERIOD_KINDS),
  /** calendar month (1–12) or quarter (1–4); 0 for the annual period */
  index: z.number(),
  label: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  progressDeadline: z.string().nullable(),
  evaluationDeadline: z.string().nullable(),
  status: z.enum(PERIOD_STATUSES),
  lockedAt: z.string().nullable(),
  version: z.number(),
});
export type PeriodView = z.infer<typeof periodViewSchema>;

export const cycleViewSchema = z.object({
  id: z.string(),
  year: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  frequency: z.enum(FREQUENCIES),
  planningDeadline: z.string().nullable(),
  /** closed: every period locked and the year read-only; reopening needs a reason */
  status: z.enum(CYCLE_STATUSES),
  closedAt: z.string().nullable(),
  /** who closed it (the person's name, else the account name); null while open */
  closedByName: z.string().nullable(),
  version: z.number(),
  /** what the caller may do with the cycle now (hr_admin: close an open one, reopen a closed one) */
  can: z.object({ close: z.boolean(), reopen: z.boolean() }),
  /** the periodic periods in calendar order, then the annual period */
  periods: z.array(periodViewSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CycleView = z.infer<typeof cycleViewSchema>;

/** How many items of each kind are still open in a cycle (the close preview, the close response and its audit). */
export const cycleOpenCountsSchema = z.object({
  /** current plan versions still draft, submitted or returned */
  plansNotApproved: z.number(),
  periodicDraftEvaluations: z.number(),
  annualDraftEvaluations: z.number(),
  /** (approved plan, periodic period) pairs where the period belongs to the plan and has no final evaluation */
  missingPeriodicEvaluations: z.number(),
  /** objections filed or waiting for explanations */
  openObjections: z.number(),
  unlockedPeriods: z.number(),
});
export type CycleOpenCounts = z.infer<typeof cycleOpenCountsSchema>;

const previewPerson = {
  employeeId: z.string(),
  employeeName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
};

/**
 * What is still open in a cycle before HR closes it: the counts, and for each kind the first `limit` items (ordered
 * by unit and name) with the unit names. Closing with open items is allowed; this is what HR sees first.
 */
export const cycleClosePreviewSchema = z.object({
  cycleId: z.string(),
  year: z.number(),
  status: z.enum(CYCLE_STATUSES),
  version: z.number(),
  /** the most items each list shows; the counts say how many there are */
  limit: z.number(),
  counts: cycleOpenCountsSchema,
  /** true when nothing but unlocked periods (which the close locks) is open */
  clean: z.boolean(),
  plansNotApproved: z.array(
    z.object({
      planId: z.string(),
      ...previewPerson,
      status: z.enum(['draft', 'submitted', 'returned']),
      startDate: z.string(),
      endDate: z.string().nullable(),
    }),
  ),
  draftEvaluations: z.array(
    z.object({
      evaluationId: z.string(),
      ...previewPerson,
      periodId: z.string(),
      periodLabel: z.string(),
      kind: z.enum(PERIOD_KINDS),
    }),
  ),
  missingPeriodicEvaluations: z.array(
    z.object({
      planId: z.string(),
      ...previewPerson,
      periodId: z.string(),
      periodLabel: z.string(),
    }),
  ),
  openObjections: z.array(
    z.object({
      objectionId: z.string(),
      evaluationId: z.string(),
      ...previewPerson,
      periodLabel: z.string(),
      status: z.enum(['filed', 'explanations_requested']),
    }),
  ),
  unlockedPeriods: z.array(z.object({ id: z.string(), label: z.string(), kind: z.enum(PERIOD_KINDS) })),
});
export type CycleClosePreview = z.infer<typeof cycleClosePreviewSchema>;

/** `POST /cycles/:id/close`: the closed cycle and what was still open when it closed. */
export const cycleCloseResultSchema = z.object({
  cycle: cycleViewSchema,
  openAtClose: cycleOpenCountsSchema,
  /** the periods this close locked */
  lockedPeriods: z.number(),
});
export type CycleCloseResult = z.infer<typeof cycleCloseResultSchema>;
