import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VoluntaryPlanInput } from '../../../../domain/development/schemas';
import type { DevelopmentPlanDetail } from '../../../../domain/development/view';
import { api } from '../../../lib/api-client';
import { developmentPlanKeys } from './list-development-plans';

export function createVoluntaryPlan(
  employeeId: string,
  input: VoluntaryPlanInput,
): Promise<DevelopmentPlanDetail> {
  return api.post<DevelopmentPlanDetail>(
    `/employees/${encodeURIComponent(employeeId)}/development-plans`,
    input,
  );
}

/** Rencana pengembangan mandiri: the employee starts a voluntary plan for themself. */
export function useCreateVoluntaryPlan(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VoluntaryPlanInput) => createVoluntaryPlan(employeeId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: developmentPlanKeys.byEmployee(employeeId) }),
  });
}
