import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys, type EvaluationView } from '../types';

export function reopenEvaluation(
  id: string,
  input: { reason: string; version?: number },
): Promise<EvaluationView> {
  return api.post<EvaluationView>(`/evaluations/${encodeURIComponent(id)}/reopen`, input);
}

/** Buka Kembali (hr_admin): the final evaluation goes back to draft, with a reason (audited). */
export function useReopenEvaluation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { reason: string; version?: number }) => reopenEvaluation(id, input),
    onSuccess: (evaluation) => {
      queryClient.setQueryData(evaluationKeys.detail(id), evaluation);
      void queryClient.invalidateQueries({ queryKey: ['evaluations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['evaluations', 'development-plans'] });
      void queryClient.invalidateQueries({ queryKey: ['evaluations', 'team'] });
    },
  });
}
