import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitKeys, type Unit, type UnitPatch } from '../types';

export function updateUnit(id: string, patch: UnitPatch): Promise<Unit> {
  return api.patch<Unit>(`/units/${encodeURIComponent(id)}`, patch);
}

export function useUpdateUnit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: UnitPatch) => updateUnit(id, patch),
    onSuccess: (unit) => {
      queryClient.setQueryData(unitKeys.detail(unit.id), unit);
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['employees'] });
    },
  });
}
