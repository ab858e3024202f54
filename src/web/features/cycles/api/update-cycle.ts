import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cycleKeys, type Cycle, type CyclePatch } from '../types';

export function updateCycle(id: string, patch: CyclePatch): Promise<Cycle> {
  return api.patch<Cycle>(`/cycles/${encodeURIComponent(id)}`, patch);
}

export function useUpdateCycle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: CyclePatch) => updateCycle(id, patch),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}
