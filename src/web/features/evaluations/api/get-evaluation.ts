import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys, type EvaluationView } from '../types';

export function getEvaluation(id: string, signal?: AbortSignal): Promise<EvaluationView> {
  return api.get<EvaluationView>(`/evaluations/${encodeURIComponent(id)}`, undefined, signal);
}

export function useEvaluation(id: string | null | undefined) {
  return useQuery({
    queryKey: evaluationKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getEvaluation(id ?? '', signal),
    enabled: Boolean(id),
  });
}
