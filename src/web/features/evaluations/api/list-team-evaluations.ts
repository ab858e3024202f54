import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys, type TeamEvaluationRow } from '../types';

export function listTeamEvaluations(
  periodId: string,
  signal?: AbortSignal,
): Promise<{ items: TeamEvaluationRow[] }> {
  return api.get<{ items: TeamEvaluationRow[] }>('/evaluations/team', { periodId }, signal);
}

/** Evaluasi Tim: the approved plans I assess, each with its evaluation for the period (or none yet). */
export function useTeamEvaluations(periodId: string | null) {
  return useQuery({
    queryKey: evaluationKeys.team(periodId ?? ''),
    queryFn: ({ signal }) => listTeamEvaluations(periodId ?? '', signal),
    enabled: Boolean(periodId),
  });
}
