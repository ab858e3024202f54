import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type ResultPatch, type ResultView } from '../types';

export function updateResult(planId: string, resultId: string, patch: ResultPatch): Promise<ResultView> {
  return api.patch<ResultView>(
    `/work-plans/${encodeURIComponent(planId)}/results/${encodeURIComponent(resultId)}`,
    patch,
  );
}

export function useUpdateResult(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ resultId, patch }: { resultId: string; patch: ResultPatch }) =>
      updateResult(planId, resultId, patch),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(planId) }),
  });
}
