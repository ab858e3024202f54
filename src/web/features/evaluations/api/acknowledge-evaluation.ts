import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys, type EvaluationView } from '../types';

export function acknowledgeEvaluation(id: string): Promise<EvaluationView> {
  return api.post<EvaluationView>(`/evaluations/${encodeURIComponent(id)}/acknowledge`, {});
}

/** Terima / Konfirmasi: the employee confirms receiving the final evaluation (idempotent). */
export function useAcknowledgeEvaluation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => acknowledgeEvaluation(id),
    onSuccess: (evaluation) => {
      queryClient.setQueryData(evaluationKeys.detail(id), evaluation);
      void queryClient.invalidateQueries({ queryKey: ['evaluations', 'list'] });
    },
  });
}
