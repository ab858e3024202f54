import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { actionUpdateSchema } from '../../../../domain/feedback/schemas';
import { api } from '../../../lib/api-client';
import { feedbackKeys, type DialogueActionView } from '../types';

/** Which action, and the body sent for it. */
export type ActionUpdate = { planId: string; dialogueId: string; actionId: string } & z.input<
  typeof actionUpdateSchema
>;

export function updateAction({ planId, dialogueId, actionId, done, version }: ActionUpdate) {
  return api.patch<DialogueActionView>(
    `/work-plans/${encodeURIComponent(planId)}/dialogues/${encodeURIComponent(dialogueId)}/actions/${encodeURIComponent(actionId)}`,
    { done, version },
  );
}

/** Ticks an agreed action done (or open again); a stale version answers 409. */
export function useUpdateAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAction,
    onSettled: async (_data, _error, input) => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.dialogues(input.planId) });
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.myActions() });
    },
  });
}
