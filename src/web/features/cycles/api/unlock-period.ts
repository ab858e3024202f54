import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cycleKeys, type Period } from '../types';

export function unlockPeriod(cycleId: string, periodId: string, reason: string): Promise<Period> {
  return api.post<Period>(
    `/cycles/${encodeURIComponent(cycleId)}/periods/${encodeURIComponent(periodId)}/unlock`,
    { reason },
  );
}

export function useUnlockPeriod(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ periodId, reason }: { periodId: string; reason: string }) =>
      unlockPeriod(cycleId, periodId, reason),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}
