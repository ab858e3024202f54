import { z } from 'zod';
import { FEEDBACK_KINDS } from '../../../domain/feedback/schemas.js';
import type {
  DialogueActionView,
  DialogueView,
  FeedbackItemView,
  FeedbackThreadView,
  MyDialogueActionView,
} from '../../../domain/feedback/view.js';
import { BEHAVIOUR_VALUES } from '../../../domain/work-plans/berakhlak.js';

/** Response schemas for the OpenAPI description; they mirror the interfaces of src/domain/feedback/view.ts. */

export const feedbackItemSchema = z.object({
  id: z.string(),
  workPlanId: z.string(),
  periodId: z.string(),
  resultId: z.string().nullable(),
  behaviour: z.enum(BEHAVIOUR_VALUES).nullable(),
  kind: z.enum(FEEDBACK_KINDS).nullable(),
  replyTo: z.string().nullable(),
  text: z.string(),
  author: z.object({
    userId: z.string(),
    employeeId: z.string().nullable(),
    name: z.string(),
    role: z.enum(['assessor', 'employee']),
  }),
  createdAt: z.string(),
});

export const feedbackThreadSchema = feedbackItemSchema.extend({ replies: z.array(feedbackItemSchema) });

export const dialogueActionSchema = z.object({
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

export const dialogueViewSchema = z.object({
  id: z.string(),
  workPlanId: z.string(),
  periodId: z.string().nullable(),
  heldOn: z.string(),
  topics: z.string(),
  notes: z.string().nullable(),
  createdBy: z.object({ userId: z.string(), name: z.string() }),
  createdAt: z.string(),
  actions: z.array(dialogueActionSchema),
});

export const myActionSchema = dialogueActionSchema.extend({
  workPlanId: z.string(),
  heldOn: z.string(),
  employee: z.object({ id: z.string(), name: z.string() }),
});

// The schemas and the interfaces must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<z.infer<typeof feedbackItemSchema>, FeedbackItemView>,
  Same<z.infer<typeof feedbackThreadSchema>, FeedbackThreadView>,
  Same<z.infer<typeof dialogueActionSchema>, DialogueActionView>,
  Same<z.infer<typeof dialogueViewSchema>, DialogueView>,
  Same<z.infer<typeof myActionSchema>, MyDialogueActionView>,
] = [true, true, true, true, true];
void checks;
