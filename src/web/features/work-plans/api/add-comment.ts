import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type PlanCommentView } from '../types';

export function addComment(id: string, body: string): Promise<PlanCommentView> {
  return api.post<PlanCommentView>(`/work-plans/${encodeURIComponent(id)}/comments`, { body });
}

export function useAddComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => addComment(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.comments(id) }),
  });
}
