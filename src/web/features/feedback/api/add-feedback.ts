import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedbackKeys, type FeedbackInput, type FeedbackItemView } from '../types';

export function addFeedback(planId: string, input: FeedbackInput): Promise<FeedbackItemView> {
  return api.post<FeedbackItemView>(`/work-plans/${encodeURIComponent(planId)}/feedback`, input);
}

/** A new thread (the assessor) or a reply (either side). */
export function useAddFeedback(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FeedbackInput) => addFeedback(planId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.threads(planId) }),
  });
}
