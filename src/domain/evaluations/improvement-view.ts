import { z } from 'zod';
import { str } from '../text.js';
import { PREDICATES } from './matrix.js';
import {
  ESCALATION_DECISIONS,
  ESCALATION_STATUSES,
  IMPROVEMENT_STATUSES,
  improvementSettingsSchema,
} from './improvement.js';

/** API shapes of improvement periods and escalations (api.md "Development, escalation, recognition"). */

const predicate = z.enum(PREDICATES);

/** `GET /employees/:id/improvement-periods` item. */
export const improvementPeriodViewSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  /** the final annual evaluation that opened it */
  evaluationId: z.string(),
  periodLabel: z.string().nullable(),
  predicate: predicate.nullable(),
  /** the period's own development plan (`/development-plans/:id`) */
  developmentPlanId: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(IMPROVEMENT_STATUSES),
  closedAt: z.string().nullable(),
  note: z.string().nullable(),
  /** the escalations it led to, oldest first */
  escalations: z.array(
    z.object({
      id: z.string(),
      status: z.enum(ESCALATION_STATUSES),
      decision: z.enum(ESCALATION_DECISIONS).nullable(),
      note: z.string().nullable(),
      decidedAt: z.string().nullable(),
    }),
  ),
});
export type ImprovementPeriodView = z.infer<typeof improvementPeriodViewSchema>;

/** One evaluation as the escalation's history keeps it (frozen when the escalation was raised). */
export const historyEvaluationSchema = z.object({
  evaluationId: z.string(),
  periodLabel: z.string(),
  periodKind: z.enum(['periodic', 'annual']),
  predicate: predicate.nullable(),
  resultRating: z.string().nullable(),
  behaviourRating: z.string().nullable(),
  finalizedAt: z.string().nullable(),
  assessorName: z.string().nullable(),
});

export const historyPlanSchema = z.object({
  id: z.string(),
  source: z.enum(['evaluation', 'voluntary']),
  periodLabel: z.string().nullable(),
  predicate: predicate.nullable(),
  status: z.enum(['open', 'done', 'cancelled']),
  createdAt: z.string(),
  items: z.object({ planned: z.number(), completed: z.number(), cancelled: z.number() }),
  agreedByEmployeeAt: z.string().nullable(),
  agreedByAssessorAt: z.string().nullable(),
});

/** What the agency head is shown: the evaluations and development plans that led to the escalation. */
export const escalationHistorySchema = z.object({
  opening: historyEvaluationSchema,
  further: historyEvaluationSchema,
  improvementPeriod: z.object({ id: z.string(), startDate: z.string(), endDate: z.string() }),
  developmentPlans: z.array(historyPlanSchema),
  /** earlier escalations of the same period */
  earlierEscalations: z.array(
    z.object({ id: z.string(), evaluationId: z.string(), decision: z.string().nullable() }),
  ),
});
export type EscalationHistory = z.infer<typeof escalationHistorySchema>;

export const escalationViewSchema = z.object({
  id: z.string(),
  status: z.enum(ESCALATION_STATUSES),
  employeeId: z.string(),
  employeeName: z.string(),
  nip: z.string().nullable(),
  asnType: z.enum(['PNS', 'PPPK']).nullable(),
  positionTitle: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  /** the further poor final evaluation */
  evaluationId: z.string(),
  improvementPeriod: z.object({
    id: z.string(),
    evaluationId: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    status: z.enum(IMPROVEMENT_STATUSES),
    developmentPlanId: z.string().nullable(),
  }),
  history: escalationHistorySchema,
  decision: z.enum(ESCALATION_DECISIONS).nullable(),
  note: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
  can: z.object({ decide: z.boolean() }),
});
export type EscalationView = z.infer<typeof escalationViewSchema>;

export const escalationQuerySchema = z.object({
  status: z.enum(ESCALATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const ESCALATION_NOTE_MAX = 4000;

export const decideEscalationSchema = z.object({
  decision: z.enum(ESCALATION_DECISIONS),
  note: str().trim().min(1).max(ESCALATION_NOTE_MAX),
  version: z.int().positive().optional(),
});
export type DecideEscalationInput = z.infer<typeof decideEscalationSchema>;

/** `GET /settings/improvement`. */
export const improvementSettingsViewSchema = improvementSettingsSchema.extend({
  version: z.number(),
  updatedAt: z.string().nullable(),
  defaults: improvementSettingsSchema,
});
export type ImprovementSettingsView = z.infer<typeof improvementSettingsViewSchema>;

export const putImprovementSettingsSchema = improvementSettingsSchema.extend({
  version: z.int().min(0).optional(),
});
