import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys, type EvaluationView } from '../types';

export function createEvaluation(input: { workPlanId: string; periodId: string }): Promise<EvaluationView> {
  return api.post<EvaluationView>('/evaluations', input);
}

/** Mulai Evaluasi: the assessor opens the draft for one plan and period. */
export function useCreateEvaluation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvaluation,
    onSuccess: (evaluation) => {
      queryClient.setQueryData(evaluationKeys.detail(evaluation.id), evaluation);
    },
    onSettled: (_data, _error, input) =>
      queryClient.invalidateQueries({ queryKey: evaluationKeys.team(input.periodId) }),
  });
}
