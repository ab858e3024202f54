import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { objectionKeys, type ObjectionView } from '../types';

export function requestExplanations(id: string, note: string | null): Promise<ObjectionView> {
  return api.post<ObjectionView>(`/objections/${encodeURIComponent(id)}/request-explanations`, { note });
}

/** The decider asks the employee and the assessor to explain (both are notified). */
export function useRequestExplanations(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string | null) => requestExplanations(id, note),
    onSuccess: (objection) => {
      queryClient.setQueryData(objectionKeys.detail(id), objection);
      void queryClient.invalidateQueries({ queryKey: objectionKeys.lists() });
    },
  });
}
