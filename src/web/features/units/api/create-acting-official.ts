import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitKeys, type ActingInput, type ActingOfficial } from '../types';

export function createActingOfficial(unitId: string, input: ActingInput): Promise<ActingOfficial> {
  return api.post<ActingOfficial>(`/units/${encodeURIComponent(unitId)}/acting-officials`, input);
}

export function useCreateActingOfficial(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActingInput) => createActingOfficial(unitId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}
