import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type WorkPlanView } from '../types';

/** Unmet preconditions answer 409 INVALID_TRANSITION with `details.problems`. */
export function submitWorkPlan(id: string): Promise<WorkPlanView> {
  return api.post<WorkPlanView>(`/work-plans/${encodeURIComponent(id)}/submit`, {});
}

export function useSubmitWorkPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitWorkPlan(id),
    onSuccess: (plan) => queryClient.setQueryData(workPlanKeys.detail(id), plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.all }),
  });
}
