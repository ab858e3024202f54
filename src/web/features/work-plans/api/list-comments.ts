import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type PlanCommentView } from '../types';

export function listComments(id: string, signal?: AbortSignal): Promise<{ items: PlanCommentView[] }> {
  return api.get<{ items: PlanCommentView[] }>(
    `/work-plans/${encodeURIComponent(id)}/comments`,
    undefined,
    signal,
  );
}

export function useComments(id: string) {
  return useQuery({
    queryKey: workPlanKeys.comments(id),
    queryFn: ({ signal }) => listComments(id, signal),
  });
}
