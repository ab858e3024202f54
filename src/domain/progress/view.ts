import { z } from 'zod';
import { periodViewSchema } from '../cycles/view.js';
import { RESULT_KINDS } from '../work-plans/schemas.js';
import { PLAN_STATUSES } from '../work-plans/status.js';
import { indicatorViewSchema } from '../work-plans/view.js';

/**
 * The API shapes of the progress endpoints: one zod schema each (the routes' response schemas and the OpenAPI
 * description), and the TypeScript type derived from it (server presenters produce them; the web reads them).
 */

export const evidenceViewSchema = z.object({
  id: z.string(),
  progressId: z.string(),
  kind: z.enum(['file', 'link']),
  /** links only */
  url: z.string().nullable(),
  /** files only: the uploader's file name, the type judged from the content, size and SHA-256 (hex) */
  filename: z.string().nullable(),
  contentType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  sha256: z.string().nullable(),
  /** files only: where to download it (an attachment) */
  downloadUrl: z.string().nullable(),
  uploadedBy: z.string(),
  createdAt: z.string(),
});
export type EvidenceView = z.infer<typeof evidenceViewSchema>;

export const progressEntryViewSchema = z.object({
  id: z.string(),
  /** the plan version the entry was recorded on (an earlier version's entries carry over after an amendment) */
  workPlanId: z.string(),
  /** the indicator of the requested plan version this entry counts for */
  indicatorId: z.string(),
  periodId: z.string(),
  value: z.number().nullable(),
  text: z.string().nullable(),
  note: z.string().nullable(),
  /** percentage with the cap in force when recorded; null for narrative indicators and zero targets */
  achievement: z.number().nullable(),
  formula: z.string().nullable(),
  createdAt: z.string(),
  /** user id */
  createdBy: z.string(),
  createdByName: z.string(),
  evidence: z.array(evidenceViewSchema),
});
export type ProgressEntryView = z.infer<typeof progressEntryViewSchema>;

/** One point of an indicator's achievement trend over the periodic periods (`achievementTrend` of rules.ts). */
export const trendPointSchema = z.object({
  periodId: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  achievement: z.number().nullable(),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

/** A period as the grid shows it (a part of the cycle's period view). */
export const gridPeriodSchema = periodViewSchema.pick({
  id: true,
  kind: true,
  index: true,
  label: true,
  startDate: true,
  endDate: true,
  progressDeadline: true,
  status: true,
});
export type GridPeriod = z.infer<typeof gridPeriodSchema>;

export const gridCellSchema = z.object({
  periodId: z.string(),
  /**
   * what the cell's entry is measured against: the period's target (split from the annual target or set by hand),
   * the annual target in the annual period; null for narrative indicators
   */
  target: z.number().nullable(),
  /** the entry that counts (the latest), or null */
  latest: progressEntryViewSchema.nullable(),
  /** how many entries were recorded for this cell */
  entryCount: z.number(),
});
export type GridCell = z.infer<typeof gridCellSchema>;

/** An aggregated realisation against an aggregated target (`indicatorAchievements` of period-targets.ts). */
export const comparisonSchema = z.object({
  realised: z.number().nullable(),
  target: z.number().nullable(),
  /** percentage, capped; null when either side is missing or the target is 0 */
  achievement: z.number().nullable(),
});
export type ComparisonView = z.infer<typeof comparisonSchema>;

/** An indicator as planned (a part of the plan's indicator view) with its progress. */
export const gridIndicatorSchema = indicatorViewSchema
  .pick({
    id: true,
    text: true,
    aspect: true,
    target: true,
    targetMax: true,
    targetText: true,
    unit: true,
    direction: true,
    aggregation: true,
  })
  .extend({
    /** numeric (takes a value) or narrative (takes a text) */
    numeric: z.boolean(),
    formula: z.string().nullable(),
    cells: z.array(gridCellSchema),
    trend: z.array(trendPointSchema),
    /** the achievement of the latest periodic period with an entry */
    latestAchievement: z.number().nullable(),
    /**
     * s.d. periode ini: the periods from the first through `throughPeriodId` (the requested one, or the last with an
     * entry) — `sum`: the reported values against all those periods' targets; `average`: the mean of the reported
     * values against the mean of their targets; `latest`: the last reported value against its period's target
     */
    toDate: comparisonSchema.extend({ throughPeriodId: z.string().nullable(), periodCount: z.number() }),
    /** tahunan: the year's aggregate (through the same period; the annual period's own entry when recorded) against the annual target */
    year: comparisonSchema,
  });
export type GridIndicator = z.infer<typeof gridIndicatorSchema>;

export const progressGridSchema = z.object({
  workPlanId: z.string(),
  cycleId: z.string(),
  status: z.enum(PLAN_STATUSES),
  isCurrent: z.boolean(),
  /** the achievement cap in force now */
  cap: z.number(),
  /** what the caller may do now: record progress (the owner of the approved plan in force) */
  can: z.object({ record: z.boolean() }),
  periods: z.array(gridPeriodSchema),
  results: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(RESULT_KINDS),
      text: z.string(),
      indicators: z.array(gridIndicatorSchema),
    }),
  ),
});
export type ProgressGridView = z.infer<typeof progressGridSchema>;

export const importReportSchema = z.object({
  total: z.number(),
  imported: z.number(),
  failed: z.number(),
  committed: z.boolean(),
  rows: z.array(
    z.object({
      row: z.number(),
      key: z.string(),
      status: z.enum(['ok', 'error']),
      errors: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  ),
});
export type ProgressImportReport = z.infer<typeof importReportSchema>;
