import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedbackKeys, type FeedbackThreadView } from '../types';

export function listFeedback(planId: string, signal?: AbortSignal): Promise<{ items: FeedbackThreadView[] }> {
  return api.get<{ items: FeedbackThreadView[] }>(
    `/work-plans/${encodeURIComponent(planId)}/feedback`,
    undefined,
    signal,
  );
}

/** Every thread of the plan (filtered by period on the client, so switching periods is instant). */
export function useFeedback(planId: string) {
  return useQuery({
    queryKey: feedbackKeys.threads(planId),
    queryFn: ({ signal }) => listFeedback(planId, signal),
  });
}
