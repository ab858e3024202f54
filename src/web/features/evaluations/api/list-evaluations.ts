import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { evaluationKeys, type EvaluationListItem } from '../types';

export interface EvaluationListQuery {
  periodId?: string;
  unitId?: string;
  employeeId?: string;
  assessorId?: string;
  status?: 'draft' | 'final';
  limit?: number;
  offset?: number;
}

export function listEvaluations(
  query: EvaluationListQuery,
  signal?: AbortSignal,
): Promise<Page<EvaluationListItem>> {
  return api.get<Page<EvaluationListItem>>('/evaluations', { ...query }, signal);
}

export function useEvaluations(query: EvaluationListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: evaluationKeys.list({ ...query }),
    queryFn: ({ signal }) => listEvaluations(query, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
