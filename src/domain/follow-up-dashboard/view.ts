import { z } from 'zod';

/**
 * The API shapes of the follow-up dashboards (issue 14 part 8): one zod schema each (the routes' response schemas and
 * the OpenAPI description), and the TypeScript type derived from it.
 */

const count = z.number().int().min(0);

/**
 * The follow-up numbers of one unit's own active employees (`own`) or of a unit and every unit below it (`total`).
 * Current state: plans and planned/overdue items. The year: completed items, learning hours (JP) and cost,
 * improvement periods running in the year with their escalations, nominations made in the year.
 */
export const followUpFiguresSchema = z.object({
  /** active employees */
  employees: count,
  plans: z.object({
    /** development plans open now */
    open: count,
    /** open plans agreed by the employee and (unless voluntary) the assessor */
    agreed: count,
  }),
  items: z.object({
    /** items of open plans still planned (any due date) */
    planned: count,
    /** items completed in the year (Asia/Jakarta) */
    completed: count,
    /** planned items whose due date is before today (Asia/Jakarta) */
    overdue: count,
  }),
  learning: z.object({
    /** JP of the items completed in the year */
    hours: z.number().min(0),
    /** rupiah: the catalogue cost of the catalogue items completed in the year */
    cost: z.number().min(0),
    pns: count,
    /** PNS with fewer than the minimum JP in the year */
    pnsBelowMinimum: count,
    pppk: count,
    /** PPPK with more than the maximum JP in the year */
    pppkAboveMaximum: count,
  }),
  /** improvement periods running at some time in the year, by status */
  improvementPeriods: z.object({ open: count, passed: count, escalated: count, closed: count }),
  /** escalations of those periods: awaiting the agency head, decided, and the decisions recorded (decision → number) */
  escalations: z.object({ open: count, decided: count, decisions: z.record(z.string(), count) }),
  /** nominations made in the year, by status */
  nominations: z.object({ nominated: count, accepted: count, declined: count }),
});
export type FollowUpFigures = z.infer<typeof followUpFiguresSchema>;

export const followUpUnitViewSchema = z.object({
  unitId: z.string(),
  code: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  /** depth below the top of the answer (0 = a root of the answer) */
  depth: z.number().int().min(0),
  /** the unit's own employees */
  own: followUpFiguresSchema,
  /** the unit and every unit below it */
  total: followUpFiguresSchema,
});
export type FollowUpUnitView = z.infer<typeof followUpUnitViewSchema>;

export const followUpDashboardViewSchema = z.object({
  year: z.number().int(),
  /** the day "overdue" is measured against (Asia/Jakarta) */
  today: z.string(),
  /** the PNS yearly minimum and the PPPK yearly maximum of learning hours (JP) */
  jpMinimum: z.number(),
  jpMaximum: z.number(),
  /** units in tree order (depth first, siblings by code) */
  units: z.array(followUpUnitViewSchema),
  /** the sum over the roots of the answer */
  totals: followUpFiguresSchema,
});
export type FollowUpDashboardView = z.infer<typeof followUpDashboardViewSchema>;

export const overdueItemViewSchema = z.object({
  itemId: z.string(),
  planId: z.string(),
  employeeId: z.string(),
  name: z.string(),
  nip: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  dueDate: z.string(),
  daysOverdue: z.number().int().min(1),
});
export type OverdueItemView = z.infer<typeof overdueItemViewSchema>;

export const overdueListViewSchema = z.object({
  items: z.array(overdueItemViewSchema),
  total: z.number().int(),
  today: z.string(),
});
export type OverdueListView = z.infer<typeof overdueListViewSchema>;

export const jpShortViewSchema = z.object({
  employeeId: z.string(),
  name: z.string(),
  nip: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  /** JP completed in the year */
  hours: z.number(),
  /** JP still missing to the minimum */
  shortfall: z.number(),
});
export type JpShortView = z.infer<typeof jpShortViewSchema>;

export const jpShortListViewSchema = z.object({
  items: z.array(jpShortViewSchema),
  total: z.number().int(),
  year: z.number().int(),
  minimum: z.number(),
});
export type JpShortListView = z.infer<typeof jpShortListViewSchema>;
