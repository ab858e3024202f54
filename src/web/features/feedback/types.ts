import type { z } from 'zod';
import type { dialogueSchema, feedbackSchema } from '../../../domain/feedback/schemas';

export type {
  DialogueActionView,
  DialogueView,
  FeedbackItemView,
  FeedbackThreadView,
  MyDialogueActionView,
} from '../../../domain/feedback/view';
export type { FeedbackKind } from '../../../domain/feedback/schemas';

export type FeedbackInput = z.input<typeof feedbackSchema>;
export type DialogueInput = z.input<typeof dialogueSchema>;

export const feedbackKeys = {
  threads: (planId: string) => ['work-plans', 'detail', planId, 'feedback'] as const,
  dialogues: (planId: string) => ['work-plans', 'detail', planId, 'dialogues'] as const,
  myActions: () => ['dialogue-actions', 'mine'] as const,
};
