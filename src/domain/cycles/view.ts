import { z } from 'zod';
import { FREQUENCIES, PERIOD_KINDS } from './periods.js';
import { PERIOD_STATUSES } from './status.js';

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
  version: z.number(),
  /** the periodic periods in calendar order, then the annual period */
  periods: z.array(periodViewSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CycleView = z.infer<typeof cycleViewSchema>;
