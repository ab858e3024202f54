import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type IndicatorInput, type IndicatorView } from '../types';

export function createIndicator(
  planId: string,
  resultId: string,
  input: IndicatorInput,
): Promise<IndicatorView> {
  return api.post<IndicatorView>(
    `/work-plans/${encodeURIComponent(planId)}/results/${encodeURIComponent(resultId)}/indicators`,
    input,
  );
}

export function useCreateIndicator(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ resultId, input }: { resultId: string; input: IndicatorInput }) =>
      createIndicator(planId, resultId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(planId) }),
  });
}
