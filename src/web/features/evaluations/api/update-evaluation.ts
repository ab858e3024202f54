import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys, type EvaluationView, type UpdateEvaluationInput } from '../types';

export function updateEvaluation(id: string, input: UpdateEvaluationInput): Promise<EvaluationView> {
  return api.put<EvaluationView>(`/evaluations/${encodeURIComponent(id)}`, input);
}

/** Saves the assessor's draft (with the version it started from; a 409 means someone saved first). */
export function useUpdateEvaluation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateEvaluationInput) => updateEvaluation(id, input),
    onSuccess: (evaluation) => {
      queryClient.setQueryData(evaluationKeys.detail(id), evaluation);
      void queryClient.invalidateQueries({ queryKey: ['evaluations', 'team'] });
    },
  });
}
