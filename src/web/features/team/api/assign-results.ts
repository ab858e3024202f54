import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys } from '../../work-plans';
import { teamKeys, type AssignInput, type AssignOutcome } from '../types';

/** Cascades one of the leader's results to several direct reports (draft plans are created where missing). */
export function assignResults(input: AssignInput): Promise<{ items: AssignOutcome[] }> {
  return api.post<{ items: AssignOutcome[] }>('/team-matrix/assign', input);
}

export function useAssignResults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignResults,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: teamKeys.all });
      await queryClient.invalidateQueries({ queryKey: workPlanKeys.all });
    },
  });
}
