import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type ResultInput, type ResultView } from '../types';

export function createResult(planId: string, input: ResultInput): Promise<ResultView> {
  return api.post<ResultView>(`/work-plans/${encodeURIComponent(planId)}/results`, input);
}

export function useCreateResult(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ResultInput) => createResult(planId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(planId) }),
  });
}
