import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { nominationKeys, type CreateNominationInput, type NominationView } from '../types';

export function listEvaluationNominations(
  evaluationId: string,
  signal?: AbortSignal,
): Promise<{ items: NominationView[] }> {
  return api.get<{ items: NominationView[] }>(
    `/evaluations/${encodeURIComponent(evaluationId)}/nominations`,
    undefined,
    signal,
  );
}

/** The nominations of one evaluation (its readers). */
export function useEvaluationNominations(evaluationId: string, enabled = true) {
  return useQuery({
    queryKey: nominationKeys.ofEvaluation(evaluationId),
    queryFn: ({ signal }) => listEvaluationNominations(evaluationId, signal),
    enabled: enabled && Boolean(evaluationId),
  });
}

export function createNomination(
  evaluationId: string,
  input: CreateNominationInput,
): Promise<NominationView> {
  return api.post<NominationView>(`/evaluations/${encodeURIComponent(evaluationId)}/nominations`, input);
}

/** The assessor nominates a final Sangat Baik. */
export function useCreateNomination(evaluationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateNominationInput) => createNomination(evaluationId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: nominationKeys.all });
    },
  });
}
