import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys, type EvaluationView } from '../types';

export interface FinalizeInput {
  justification?: string | null;
  version?: number;
}

export function finalizeEvaluation(id: string, input: FinalizeInput): Promise<EvaluationView> {
  return api.post<EvaluationView>(`/evaluations/${encodeURIComponent(id)}/finalize`, input);
}

/** Finalisasi: 409 CONFLICT with `details.violations` asks for a justification; INVALID_TRANSITION names `missing`. */
export function useFinalizeEvaluation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FinalizeInput) => finalizeEvaluation(id, input),
    onSuccess: (evaluation) => {
      queryClient.setQueryData(evaluationKeys.detail(id), evaluation);
      void queryClient.invalidateQueries({ queryKey: ['evaluations', 'team'] });
      void queryClient.invalidateQueries({ queryKey: ['evaluations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['evaluations', 'development-plans'] });
    },
  });
}
