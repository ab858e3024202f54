import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { progressKeys, type ProgressEntryView } from '../types';

/** The entries of one period (all indicators), newest first. */
export function listProgress(
  planId: string,
  periodId: string,
  signal?: AbortSignal,
): Promise<Page<ProgressEntryView>> {
  return api.get<Page<ProgressEntryView>>(
    `/work-plans/${encodeURIComponent(planId)}/progress`,
    { periodId, limit: 200, offset: 0 },
    signal,
  );
}

export function useProgressEntries(planId: string, periodId: string | null) {
  return useQuery({
    queryKey: progressKeys.entries(planId, periodId),
    queryFn: ({ signal }) => listProgress(planId, periodId ?? '', signal),
    enabled: Boolean(periodId),
  });
}
