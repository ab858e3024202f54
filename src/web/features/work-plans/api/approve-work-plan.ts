import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type WorkPlanView } from '../types';

export function approveWorkPlan(id: string, comment: string | null): Promise<WorkPlanView> {
  return api.post<WorkPlanView>(`/work-plans/${encodeURIComponent(id)}/approve`, comment ? { comment } : {});
}

export function useApproveWorkPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: string | null) => approveWorkPlan(id, comment),
    onSuccess: (plan) => queryClient.setQueryData(workPlanKeys.detail(id), plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.all }),
  });
}
