import { z } from 'zod';
import { ASPECTS, DIRECTIONS } from '../../../domain/work-plans/schemas.js';
import type {
  EvidenceView,
  ProgressEntryView,
  ProgressGridView,
  ProgressImportReport,
} from '../../../domain/progress/view.js';

/** Response schemas for the OpenAPI description; they mirror the interfaces of src/domain/progress/view.ts. */

export const evidenceViewSchema = z.object({
  id: z.string(),
  progressId: z.string(),
  kind: z.enum(['file', 'link']),
  url: z.string().nullable(),
  filename: z.string().nullable(),
  contentType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  sha256: z.string().nullable(),
  downloadUrl: z.string().nullable(),
  uploadedBy: z.string(),
  createdAt: z.string(),
});

export const progressEntryViewSchema = z.object({
  id: z.string(),
  workPlanId: z.string(),
  indicatorId: z.string(),
  periodId: z.string(),
  value: z.number().nullable(),
  text: z.string().nullable(),
  note: z.string().nullable(),
  achievement: z.number().nullable(),
  formula: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
  evidence: z.array(evidenceViewSchema),
});

const trendPoint = z.object({
  periodId: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  achievement: z.number().nullable(),
});

export const progressGridSchema = z.object({
  workPlanId: z.string(),
  cycleId: z.string(),
  status: z.enum(['draft', 'submitted', 'returned', 'approved']),
  isCurrent: z.boolean(),
  cap: z.number(),
  canRecord: z.boolean(),
  periods: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['periodic', 'annual']),
      index: z.number(),
      label: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      progressDeadline: z.string().nullable(),
      status: z.enum(['open', 'locked']),
    }),
  ),
  results: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['main', 'additional']),
      text: z.string(),
      indicators: z.array(
        z.object({
          id: z.string(),
          text: z.string(),
          aspect: z.enum(ASPECTS),
          target: z.number().nullable(),
          targetMax: z.number().nullable(),
          targetText: z.string().nullable(),
          unit: z.string().nullable(),
          direction: z.enum(DIRECTIONS),
          numeric: z.boolean(),
          formula: z.string().nullable(),
          cells: z.array(
            z.object({
              periodId: z.string(),
              latest: progressEntryViewSchema.nullable(),
              entryCount: z.number(),
            }),
          ),
          trend: z.array(trendPoint),
          latestAchievement: z.number().nullable(),
        }),
      ),
    }),
  ),
});

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

// The schemas and the interfaces must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameEvidence: Same<z.infer<typeof evidenceViewSchema>, EvidenceView> = true;
const sameEntry: Same<z.infer<typeof progressEntryViewSchema>, ProgressEntryView> = true;
const sameGrid: Same<z.infer<typeof progressGridSchema>, ProgressGridView> = true;
const sameReport: Same<z.infer<typeof importReportSchema>, ProgressImportReport> = true;
void sameEvidence;
void sameEntry;
void sameGrid;
void sameReport;
