import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedbackKeys, type DialogueView } from '../types';

export function listDialogues(planId: string, signal?: AbortSignal): Promise<{ items: DialogueView[] }> {
  return api.get<{ items: DialogueView[] }>(
    `/work-plans/${encodeURIComponent(planId)}/dialogues`,
    undefined,
    signal,
  );
}

export function useDialogues(planId: string) {
  return useQuery({
    queryKey: feedbackKeys.dialogues(planId),
    queryFn: ({ signal }) => listDialogues(planId, signal),
  });
}
