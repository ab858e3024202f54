import { z } from 'zod';
import { distributionViewSchema } from '../evaluations/view.js';

/**
 * `GET /home`: the first screen per role (ui.md "Home per role"). What to do next first (the tasks, most urgent
 * first), then how I am doing, then the unit head's and the agency's overviews. One zod schema each; types by
 * `z.infer`.
 */

export const HOME_TASK_KINDS = [
  'plan.draft',
  'progress.record',
  'plans.approve',
  'evaluations.due',
  'evaluation.acknowledge',
  'objections.decide',
  'objections.explain',
  'feedback.unread',
  'development.due',
  'development.review',
] as const;
export type HomeTaskKind = (typeof HOME_TASK_KINDS)[number];

/** overdue: the deadline has passed; due: a deadline within the next 7 days (or the current period); info: the rest */
export const TASK_SEVERITIES = ['overdue', 'due', 'info'] as const;
export type TaskSeverity = (typeof TASK_SEVERITIES)[number];

export const homeTaskSchema = z.object({
  kind: z.enum(HOME_TASK_KINDS),
  count: z.number(),
  /** the nearest deadline of the task (YYYY-MM-DD), if it has one */
  dueDate: z.string().nullable(),
  periodId: z.string().nullable(),
  periodLabel: z.string().nullable(),
  /** `plan.draft`: the plan's status (null: no plan yet) */
  status: z.string().nullable(),
  /** the page (web path) that does the task: one tap */
  href: z.string(),
  severity: z.enum(TASK_SEVERITIES),
});
export type HomeTask = z.infer<typeof homeTaskSchema>;

/** My achievement so far: the indicators of my plan in force, from the latest realisation of each. */
export const homeAchievementSchema = z.object({
  planId: z.string(),
  year: z.number(),
  indicators: z.number(),
  /** indicators with at least one realisation */
  withRealisation: z.number(),
  /** the average of the latest numeric achievement of each indicator (percent), null when none has one */
  average: z.number().nullable(),
  /** ended and current periods of the plan, and those with realisation */
  periodsDue: z.number(),
  periodsReported: z.number(),
});
export type HomeAchievement = z.infer<typeof homeAchievementSchema>;

const periodRef = z.object({ id: z.string(), label: z.string() });

export const homeCompletionSchema = z.object({
  employees: z.number(),
  plansApproved: z.number(),
  reportedProgress: z.number(),
  evaluationsFinal: z.number(),
});
export type HomeCompletion = z.infer<typeof homeCompletionSchema>;

/** A unit the caller heads (or leads as acting Plt/Plh): completion, distribution against the pattern, overdue. */
export const homeUnitSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  /** the whole subtree */
  completion: homeCompletionSchema,
  /** the unit's population against the pattern of its organisation predicate (as `GET /units/:id/distribution`) */
  distribution: distributionViewSchema,
  overdue: z.object({
    /** employees without an approved plan once the planning deadline has passed */
    plans: z.number(),
    /** employees with an approved plan who reported nothing for the period once its progress deadline passed */
    progress: z.number(),
    /** employees without a final evaluation once the period's evaluation deadline passed */
    evaluations: z.number(),
  }),
});
export type HomeUnit = z.infer<typeof homeUnitSchema>;

export const homeUnitPanelSchema = z.object({
  period: periodRef.nullable(),
  units: z.array(homeUnitSchema),
});
export type HomeUnitPanel = z.infer<typeof homeUnitPanelSchema>;

export const homeAgencySchema = z.object({
  period: periodRef.nullable(),
  totals: homeCompletionSchema,
  /** the units (with employees of their own) furthest behind: lowest share of approved plans, then of evaluations */
  worstUnits: z.array(homeCompletionSchema.extend({ unitId: z.string(), name: z.string() })),
  /** the next deadlines of the cycle (today or later), nearest first */
  deadlines: z.array(
    z.object({
      kind: z.enum(['planning', 'progress', 'evaluation']),
      date: z.string(),
      periodLabel: z.string().nullable(),
    }),
  ),
  dataProblems: z.object({
    /** active employees without a supervisor who do not head a top unit */
    withoutSupervisor: z.number(),
    /** active employees whose NIP fails validation */
    invalidNip: z.number(),
  }),
  escalations: z.object({
    /** open objections past their decision deadline */
    objectionsOverdue: z.number(),
    /** units with employees of their own and no organisation predicate for the period */
    predicatesMissing: z.number(),
  }),
});
export type HomeAgency = z.infer<typeof homeAgencySchema>;

export const homeViewSchema = z.object({
  greeting: z.object({ name: z.string() }),
  today: z.string(),
  cycle: z.object({ id: z.string(), year: z.number() }).nullable(),
  tasks: z.array(homeTaskSchema),
  achievement: homeAchievementSchema.nullable(),
  unit: homeUnitPanelSchema.nullable(),
  agency: homeAgencySchema.nullable(),
});
export type HomeView = z.infer<typeof homeViewSchema>;
