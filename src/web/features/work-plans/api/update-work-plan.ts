import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type WorkPlanPatch, type WorkPlanView } from '../types';

/** Approach and annex (lampiran), with the plan's `version` (a stale one answers 409 CONFLICT). */
export function updateWorkPlan(id: string, patch: WorkPlanPatch): Promise<WorkPlanView> {
  return api.patch<WorkPlanView>(`/work-plans/${encodeURIComponent(id)}`, patch);
}

export function useUpdateWorkPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: WorkPlanPatch) => updateWorkPlan(id, patch),
    onSuccess: (plan) => {
      if (plan && typeof plan === 'object' && 'id' in plan) {
        queryClient.setQueryData(workPlanKeys.detail(id), plan);
      }
      void queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: workPlanKeys.lists() });
    },
  });
}
