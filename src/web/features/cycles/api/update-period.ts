import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cycleKeys, type Period, type PeriodPatch } from '../types';

export function updatePeriod(cycleId: string, periodId: string, patch: PeriodPatch): Promise<Period> {
  return api.patch<Period>(
    `/cycles/${encodeURIComponent(cycleId)}/periods/${encodeURIComponent(periodId)}`,
    patch,
  );
}

export function useUpdatePeriod(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ periodId, patch }: { periodId: string; patch: PeriodPatch }) =>
      updatePeriod(cycleId, periodId, patch),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}
