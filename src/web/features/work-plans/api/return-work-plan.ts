import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type WorkPlanView } from '../types';

export function returnWorkPlan(id: string, comment: string): Promise<WorkPlanView> {
  return api.post<WorkPlanView>(`/work-plans/${encodeURIComponent(id)}/return`, { comment });
}

export function useReturnWorkPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: string) => returnWorkPlan(id, comment),
    onSuccess: (plan) => queryClient.setQueryData(workPlanKeys.detail(id), plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.all }),
  });
}
