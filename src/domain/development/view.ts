import { z } from 'zod';
import { PREDICATES } from '../evaluations/matrix.js';
import { developmentPlanViewSchema, focusAreaSchema } from '../evaluations/view.js';
import { TRAINING_MODES } from './schemas.js';

/** API shapes of the development plan endpoints (api.md "Development, escalation, recognition, credit points"). */

export const ITEM_STATUSES = ['planned', 'completed', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** The certificate of a completed item (checked by content like evidence). */
export const certificateViewSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().nullable(),
  sha256: z.string().nullable(),
  downloadUrl: z.string(),
});

export const developmentItemViewSchema = z.object({
  id: z.string(),
  planId: z.string(),
  trainingId: z.string().nullable(),
  title: z.string(),
  /** the catalogue programme's provider, when from the catalogue */
  provider: z.string().nullable(),
  mode: z.enum(TRAINING_MODES).nullable(),
  hours: z.number(),
  dueDate: z.string(),
  successCriteria: z.string(),
  status: z.enum(ITEM_STATUSES),
  completedAt: z.string().nullable(),
  completionNote: z.string().nullable(),
  /** the certificate (api.md `evidence`), null until completed with one */
  evidence: certificateViewSchema.nullable(),
  /** planned and its due date has passed (Asia/Jakarta) */
  overdue: z.boolean(),
  createdAt: z.string(),
  version: z.number(),
});
export type DevelopmentItemView = z.infer<typeof developmentItemViewSchema>;

export const reasonCodeSchema = z.object({
  code: z.enum([
    'value_below',
    'value_feedback',
    'value_own',
    'category_result',
    'category_feedback',
    'category_own',
    'tag',
  ]),
  params: z.record(z.string(), z.string()),
});

export const recommendationViewSchema = z.object({
  trainingId: z.string(),
  title: z.string(),
  provider: z.string(),
  mode: z.string(),
  hours: z.number(),
  score: z.number(),
  /** why, in Indonesian */
  reasons: z.array(z.string()),
  /** why, as codes with parameters (for other languages) */
  reasonCodes: z.array(reasonCodeSchema),
});
export type RecommendationView = z.infer<typeof recommendationViewSchema>;

export const planProgressSchema = z.object({
  /** items not cancelled */
  total: z.number(),
  completed: z.number(),
  planned: z.number(),
  overdue: z.number(),
  cancelled: z.number(),
  /** JP of the items not cancelled, and of the completed ones */
  hours: z.number(),
  completedHours: z.number(),
});
export type PlanProgress = z.infer<typeof planProgressSchema>;

/** An item as the plan lists show it (the evaluation page's "progress of the earlier plan"). */
export const itemSummarySchema = developmentItemViewSchema.pick({
  id: true,
  title: true,
  dueDate: true,
  status: true,
  completedAt: true,
  overdue: true,
});

/** `GET /employees/:id/development-plans`: the plans with agreement and progress (the issue 13 shape, extended). */
export const developmentPlanListItemSchema = developmentPlanViewSchema.extend({
  assessorId: z.string().nullable(),
  agreedByEmployeeAt: z.string().nullable(),
  agreedByAssessorAt: z.string().nullable(),
  progress: planProgressSchema,
  items: z.array(itemSummarySchema),
});
export type DevelopmentPlanListItem = z.infer<typeof developmentPlanListItemSchema>;

/** `GET /development-plans/:id`. */
export const developmentPlanDetailSchema = developmentPlanListItemSchema.extend({
  focusAreas: z.array(focusAreaSchema),
  employeeName: z.string(),
  assessorName: z.string().nullable(),
  agreedByAssessorName: z.string().nullable(),
  period: z
    .object({
      id: z.string(),
      label: z.string(),
      kind: z.enum(['periodic', 'annual']),
      startDate: z.string(),
      endDate: z.string(),
    })
    .nullable(),
  /** the evaluation's predicate (api.md: the plan shows the period and predicate) */
  predicate: z.enum(PREDICATES).nullable(),
  recommendations: z.array(recommendationViewSchema),
  items: z.array(developmentItemViewSchema),
  can: z.object({
    addItem: z.boolean(),
    agreeAsEmployee: z.boolean(),
    agreeAsAssessor: z.boolean(),
    complete: z.boolean(),
    cancelItems: z.boolean(),
  }),
  updatedAt: z.string(),
});
export type DevelopmentPlanDetail = z.infer<typeof developmentPlanDetailSchema>;
