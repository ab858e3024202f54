import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BehaviourValue } from '../../../../domain/work-plans/berakhlak';
import { api } from '../../../lib/api-client';
import { workPlanKeys } from '../types';

/** Ekspektasi Khusus Pimpinan for one BerAKHLAK value (the assessor or hr_admin, before approval). */
export function setBehaviour(planId: string, value: BehaviourValue, expectation: string): Promise<unknown> {
  return api.put<unknown>(
    `/work-plans/${encodeURIComponent(planId)}/behaviours/${encodeURIComponent(value)}`,
    { expectation },
  );
}

export function useSetBehaviour(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ value, expectation }: { value: BehaviourValue; expectation: string }) =>
      setBehaviour(planId, value, expectation),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(planId) }),
  });
}
