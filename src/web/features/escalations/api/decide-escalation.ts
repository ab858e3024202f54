import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { escalationKeys, type DecideEscalationInput, type EscalationView } from '../types';

export function decideEscalation(id: string, input: DecideEscalationInput): Promise<EscalationView> {
  return api.post<EscalationView>(`/escalations/${encodeURIComponent(id)}/decide`, input);
}

/** The agency head's decision (once). */
export function useDecideEscalation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecideEscalationInput) => decideEscalation(id, input),
    onSuccess: (view) => {
      queryClient.setQueryData(escalationKeys.detail(id), view);
      void queryClient.invalidateQueries({ queryKey: escalationKeys.lists() });
    },
  });
}
