import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { progressKeys, type ProgressGridView } from '../types';

export function getProgressGrid(planId: string, signal?: AbortSignal): Promise<ProgressGridView> {
  return api.get<ProgressGridView>(
    `/work-plans/${encodeURIComponent(planId)}/progress-grid`,
    undefined,
    signal,
  );
}

export function useProgressGrid(planId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: progressKeys.grid(planId),
    queryFn: ({ signal }) => getProgressGrid(planId, signal),
    enabled: options.enabled ?? true,
  });
}
