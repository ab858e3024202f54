import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { objectionKeys, type DecideObjectionInput, type EvaluationView, type ObjectionView } from '../types';

export interface DecisionResult {
  objection: ObjectionView;
  evaluation: EvaluationView;
}

export function decideObjection(id: string, input: DecideObjectionInput): Promise<DecisionResult> {
  return api.post<DecisionResult>(`/objections/${encodeURIComponent(id)}/decide`, input);
}

/** The final decision: uphold the result, or change the ratings (the predicate is recomputed from the matrix). */
export function useDecideObjection(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecideObjectionInput) => decideObjection(id, input),
    onSuccess: (result) => {
      queryClient.setQueryData(objectionKeys.detail(id), result.objection);
      void queryClient.invalidateQueries({ queryKey: objectionKeys.lists() });
      // the evaluation (and every list and board that shows its predicate) changed
      void queryClient.invalidateQueries({ queryKey: ['evaluations'] });
      void queryClient.invalidateQueries({ queryKey: ['calibration'] });
    },
  });
}
