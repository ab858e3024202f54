import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type WorkPlanView } from '../types';

/** A new draft version of an approved plan (`amendsId`, `revision` + 1). */
export function amendWorkPlan(id: string, reason: string): Promise<WorkPlanView> {
  return api.post<WorkPlanView>(`/work-plans/${encodeURIComponent(id)}/amend`, { reason });
}

export function useAmendWorkPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => amendWorkPlan(id, reason),
    onSuccess: (plan) => queryClient.setQueryData(workPlanKeys.detail(plan.id), plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.all }),
  });
}
