import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys } from '../types';

export function deleteIndicator(planId: string, resultId: string, indicatorId: string): Promise<void> {
  return api.delete(
    `/work-plans/${encodeURIComponent(planId)}/results/${encodeURIComponent(resultId)}/indicators/${encodeURIComponent(indicatorId)}`,
  );
}

export function useDeleteIndicator(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ resultId, indicatorId }: { resultId: string; indicatorId: string }) =>
      deleteIndicator(planId, resultId, indicatorId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(planId) }),
  });
}
