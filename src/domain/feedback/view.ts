import { z } from 'zod';
import { BEHAVIOUR_VALUES } from '../work-plans/berakhlak.js';
import { FEEDBACK_KINDS } from './schemas.js';

/**
 * The API shapes of the feedback and dialogue endpoints: one zod schema each (the routes' response schemas and
 * the OpenAPI description), and the TypeScript type derived from it.
 */

export const feedbackAuthorSchema = z.object({
  userId: z.string(),
  employeeId: z.string().nullable(),
  name: z.string(),
  /** the author's part in the plan: only the employee and the assessing official write */
  role: z.enum(['assessor', 'employee']),
});
export type FeedbackAuthor = z.infer<typeof feedbackAuthorSchema>;

/** One feedback item: a root (with `kind`) or a reply (with `replyTo`, the root it answers). */
export const feedbackItemViewSchema = z.object({
  id: z.string(),
  /** the plan version it was written on */
  workPlanId: z.string(),
  periodId: z.string(),
  /** the result of the requested plan version it is about (null: a behaviour value, or general) */
  resultId: z.string().nullable(),
  behaviour: z.enum(BEHAVIOUR_VALUES).nullable(),
  /** roots only */
  kind: z.enum(FEEDBACK_KINDS).nullable(),
  /** replies only: the root of the thread */
  replyTo: z.string().nullable(),
  text: z.string(),
  author: feedbackAuthorSchema,
  createdAt: z.string(),
});
export type FeedbackItemView = z.infer<typeof feedbackItemViewSchema>;

/** A thread: the assessor's item and the replies to it, oldest first. */
export const feedbackThreadViewSchema = feedbackItemViewSchema.extend({
  replies: z.array(feedbackItemViewSchema),
});
export type FeedbackThreadView = z.infer<typeof feedbackThreadViewSchema>;

export const dialogueActionViewSchema = z.object({
  id: z.string(),
  dialogueId: z.string(),
  description: z.string(),
  owner: z.object({ employeeId: z.string(), name: z.string() }),
  dueDate: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number(),
});
export type DialogueActionView = z.infer<typeof dialogueActionViewSchema>;

export const dialogueViewSchema = z.object({
  id: z.string(),
  workPlanId: z.string(),
  periodId: z.string().nullable(),
  heldOn: z.string(),
  topics: z.string(),
  notes: z.string().nullable(),
  createdBy: z.object({ userId: z.string(), name: z.string() }),
  createdAt: z.string(),
  actions: z.array(dialogueActionViewSchema),
});
export type DialogueView = z.infer<typeof dialogueViewSchema>;

/** One of my open actions, across plans (for the dashboards). */
export const myDialogueActionViewSchema = dialogueActionViewSchema.extend({
  workPlanId: z.string(),
  heldOn: z.string(),
  /** whose plan the dialogue was about */
  employee: z.object({ id: z.string(), name: z.string() }),
});
export type MyDialogueActionView = z.infer<typeof myDialogueActionViewSchema>;
