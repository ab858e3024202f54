import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitKeys } from '../types';

export function deleteActingOfficial(unitId: string, actingId: string): Promise<void> {
  return api.delete(`/units/${encodeURIComponent(unitId)}/acting-officials/${encodeURIComponent(actingId)}`);
}

export function useDeleteActingOfficial(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (actingId: string) => deleteActingOfficial(unitId, actingId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}
