import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { progressKeys, type ProgressGridView } from '../types';

/**
 * The grid of a plan; `throughPeriodId` counts the to-date and year figures up to that period (a periodic
 * evaluation's period; the annual period counts them all).
 */
export function getProgressGrid(
  planId: string,
  signal?: AbortSignal,
  throughPeriodId?: string,
): Promise<ProgressGridView> {
  return api.get<ProgressGridView>(
    `/work-plans/${encodeURIComponent(planId)}/progress-grid`,
    throughPeriodId ? { throughPeriodId } : undefined,
    signal,
  );
}

export function useProgressGrid(
  planId: string,
  options: { enabled?: boolean; throughPeriodId?: string } = {},
) {
  const { throughPeriodId } = options;
  return useQuery({
    queryKey: throughPeriodId
      ? ([...progressKeys.grid(planId), throughPeriodId] as const)
      : progressKeys.grid(planId),
    queryFn: ({ signal }) => getProgressGrid(planId, signal, throughPeriodId),
    enabled: options.enabled ?? true,
  });
}
