import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { libraryKeys } from '../types';

/** "Dukung" a proposal (POST) or withdraw the endorsement (DELETE). */
export function setEndorsement(id: string, endorse: boolean): Promise<unknown> {
  const path = `/indicator-templates/${encodeURIComponent(id)}/endorsement`;
  return endorse ? api.post<unknown>(path, {}) : api.delete(path);
}

export function useEndorsement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (endorse: boolean) => setEndorsement(id, endorse),
    onSettled: () => queryClient.invalidateQueries({ queryKey: libraryKeys.all }),
  });
}
