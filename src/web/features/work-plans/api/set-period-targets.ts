import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type IndicatorView, type PeriodTargetsBody } from '../types';

/** Replaces the period targets set by hand; the periods left out follow the split of the annual target. */
export function setPeriodTargets(
  planId: string,
  indicatorId: string,
  body: PeriodTargetsBody,
): Promise<IndicatorView> {
  return api.put<IndicatorView>(
    `/work-plans/${encodeURIComponent(planId)}/indicators/${encodeURIComponent(indicatorId)}/period-targets`,
    body,
  );
}

export function useSetPeriodTargets(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ indicatorId, body }: { indicatorId: string; body: PeriodTargetsBody }) =>
      setPeriodTargets(planId, indicatorId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(planId) }),
  });
}
