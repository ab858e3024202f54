import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createWorkPlanSchema } from '../../../../domain/work-plans/schemas';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type WorkPlanView } from '../types';

export type CreateWorkPlanInput = z.input<typeof createWorkPlanSchema>;

export function createWorkPlan(input: CreateWorkPlanInput): Promise<WorkPlanView> {
  return api.post<WorkPlanView>('/work-plans', input);
}

export function useCreateWorkPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWorkPlan,
    onSuccess: (plan) => {
      queryClient.setQueryData(workPlanKeys.detail(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: workPlanKeys.lists() });
    },
  });
}
