import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type IndicatorPatch, type IndicatorView } from '../types';

export function updateIndicator(
  planId: string,
  resultId: string,
  indicatorId: string,
  patch: IndicatorPatch,
): Promise<IndicatorView> {
  return api.patch<IndicatorView>(
    `/work-plans/${encodeURIComponent(planId)}/results/${encodeURIComponent(resultId)}/indicators/${encodeURIComponent(indicatorId)}`,
    patch,
  );
}

export function useUpdateIndicator(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      resultId,
      indicatorId,
      patch,
    }: {
      resultId: string;
      indicatorId: string;
      patch: IndicatorPatch;
    }) => updateIndicator(planId, resultId, indicatorId, patch),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(planId) }),
  });
}
