import { z } from 'zod';
import { str } from '../text.js';
import { BEHAVIOUR_VALUES } from '../work-plans/berakhlak.js';

/** Request schemas for continuous feedback and the performance dialogue (dialog kinerja). */

export const FEEDBACK_KINDS = ['strength', 'improvement'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

const text = (max: number) => str().trim().min(1).max(max);
const isoDate = z.iso.date();

/**
 * A root item `{periodId, resultId?, behaviour?, kind, text}` (the assessor) or a reply `{replyTo, text}` (the
 * employee or the assessor). A reply inherits the period, result and behaviour of its thread.
 */
export const feedbackSchema = z
  .object({
    periodId: z.uuid().optional(),
    resultId: z.uuid().nullish(),
    behaviour: z.enum(BEHAVIOUR_VALUES).nullish(),
    kind: z.enum(FEEDBACK_KINDS).nullish(),
    text: text(4000),
    replyTo: z.uuid().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.replyTo) {
      for (const field of ['resultId', 'behaviour', 'kind'] as const) {
        if (v[field] !== undefined && v[field] !== null)
          ctx.addIssue({ code: 'custom', path: [field], message: 'feedback.replyInherits' });
      }
      return;
    }
    if (!v.periodId) ctx.addIssue({ code: 'custom', path: ['periodId'], message: 'feedback.periodRequired' });
    if (!v.kind) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'feedback.kindRequired' });
    if (v.resultId && v.behaviour)
      ctx.addIssue({ code: 'custom', path: ['behaviour'], message: 'feedback.oneSubject' });
  });
export type FeedbackInput = z.infer<typeof feedbackSchema>;

export const feedbackQuerySchema = z.object({
  periodId: z.uuid().optional(),
  resultId: z.uuid().optional(),
  behaviour: z.enum(BEHAVIOUR_VALUES).optional(),
});

export const dialogueActionSchema = z.object({
  description: text(2000),
  /** the employee or the assessor */
  ownerEmployeeId: z.uuid(),
  dueDate: isoDate,
});

export const dialogueSchema = z
  .object({
    heldOn: isoDate,
    periodId: z.uuid().nullish(),
    topics: text(4000),
    notes: str().trim().max(8000).nullish(),
    actions: z.array(dialogueActionSchema).max(50).default([]),
  })
  .superRefine((v, ctx) => {
    v.actions.forEach((a, i) => {
      if (a.dueDate < v.heldOn)
        ctx.addIssue({ code: 'custom', path: ['actions', i, 'dueDate'], message: 'dialogue.dueBeforeHeld' });
    });
  });
export type DialogueInput = z.infer<typeof dialogueSchema>;

export const actionUpdateSchema = z.object({ done: z.boolean(), version: z.int().positive().optional() });

export const dialogueActionsQuerySchema = z.object({
  /** `me`: actions I own; `party`: every action of the dialogues of plans where I am the employee or the assessor */
  owner: z.enum(['me', 'party']).default('me'),
  open: z.enum(['true', 'false']).default('true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
