import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedbackKeys, type DialogueInput, type DialogueView } from '../types';

export function createDialogue(planId: string, input: DialogueInput): Promise<DialogueView> {
  return api.post<DialogueView>(`/work-plans/${encodeURIComponent(planId)}/dialogues`, input);
}

export function useCreateDialogue(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DialogueInput) => createDialogue(planId, input),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.dialogues(planId) });
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.myActions() });
    },
  });
}
