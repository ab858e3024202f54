import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedbackKeys, type DialogueActionView } from '../types';

export interface ActionUpdate {
  planId: string;
  dialogueId: string;
  actionId: string;
  done: boolean;
  version: number;
}

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
