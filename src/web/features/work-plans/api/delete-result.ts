import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys } from '../types';

export function deleteResult(planId: string, resultId: string): Promise<void> {
  return api.delete(`/work-plans/${encodeURIComponent(planId)}/results/${encodeURIComponent(resultId)}`);
}

export function useDeleteResult(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resultId: string) => deleteResult(planId, resultId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(planId) }),
  });
}
