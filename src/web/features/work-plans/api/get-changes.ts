import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type PlanChangesView } from '../types';

/** Changes since the last submission, or (`previous`) between the last two submissions. */
export function getChanges(
  id: string,
  against: 'last' | 'previous',
  signal?: AbortSignal,
): Promise<PlanChangesView> {
  return api.get<PlanChangesView>(
    `/work-plans/${encodeURIComponent(id)}/changes`,
    against === 'previous' ? { against: 'previous' } : undefined,
    signal,
  );
}

export function useChanges(id: string, against: 'last' | 'previous') {
  return useQuery({
    queryKey: workPlanKeys.changes(id, against),
    queryFn: ({ signal }) => getChanges(id, against, signal),
  });
}
