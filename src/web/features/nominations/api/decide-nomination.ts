import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { nominationKeys, type DecideNominationInput, type NominationView } from '../types';

export function decideNomination(id: string, input: DecideNominationInput): Promise<NominationView> {
  return api.post<NominationView>(`/nominations/${encodeURIComponent(id)}/decide`, input);
}

/** HR or the agency head accepts or declines a nomination (once). */
export function useDecideNomination(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecideNominationInput) => decideNomination(id, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: nominationKeys.all });
    },
  });
}
