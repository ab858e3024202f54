import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { followUpKeys, type FollowUpDashboardView } from '../types';

export function getFollowUpDashboard(
  unitId: string | null,
  year: number,
  signal?: AbortSignal,
): Promise<FollowUpDashboardView> {
  return api.get<FollowUpDashboardView>('/dashboards/follow-up', { unitId, year }, signal);
}

/** The follow-up numbers of the caller's units (`unitId` null) or of one unit's subtree, for a year. */
export function useFollowUpDashboard(unitId: string | null, year: number) {
  return useQuery({
    queryKey: followUpKeys.dashboard(unitId, year),
    queryFn: ({ signal }) => getFollowUpDashboard(unitId, year, signal),
    placeholderData: keepPreviousData,
  });
}
