export type {
  DialogueActionView,
  DialogueView,
  FeedbackItemView,
  FeedbackThreadView,
  MyDialogueActionView,
} from '../../../domain/feedback/view';
export type { DialogueInput, FeedbackInput, FeedbackKind } from '../../../domain/feedback/schemas';

export const feedbackKeys = {
  threads: (planId: string) => ['work-plans', 'detail', planId, 'feedback'] as const,
  dialogues: (planId: string) => ['work-plans', 'detail', planId, 'dialogues'] as const,
  myActions: () => ['dialogue-actions', 'mine'] as const,
};
