import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type WorkPlanView } from '../types';

export function getWorkPlan(id: string, signal?: AbortSignal): Promise<WorkPlanView> {
  return api.get<WorkPlanView>(`/work-plans/${encodeURIComponent(id)}`, undefined, signal);
}

export function useWorkPlan(id: string | null | undefined) {
  return useQuery({
    queryKey: workPlanKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getWorkPlan(id ?? '', signal),
    enabled: Boolean(id),
  });
}
