import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workPlanKeys, type PlanVersionView } from '../types';

export function listVersions(id: string, signal?: AbortSignal): Promise<{ items: PlanVersionView[] }> {
  return api.get<{ items: PlanVersionView[] }>(
    `/work-plans/${encodeURIComponent(id)}/versions`,
    undefined,
    signal,
  );
}

export function useVersions(id: string) {
  return useQuery({
    queryKey: workPlanKeys.versions(id),
    queryFn: ({ signal }) => listVersions(id, signal),
  });
}
