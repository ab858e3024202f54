import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useCurrentCycle } from '../../cycles';
import { monitoringKeys, type CompletionPeopleView, type CompletionView, type PeopleQuery } from '../types';

export function getCompletion(
  cycleId: string,
  periodId: string | null,
  signal?: AbortSignal,
  unitId: string | null = null,
): Promise<CompletionView> {
  return api.get<CompletionView>('/monitoring/completion', { cycleId, periodId, unitId }, signal);
}

/** The numbers of every unit in the caller's scope, or of one unit's subtree (`unitId`). */
export function useCompletion(cycleId: string | null, periodId: string | null, unitId: string | null = null) {
  return useQuery({
    queryKey: [...monitoringKeys.completion(cycleId ?? '', periodId), unitId],
    queryFn: ({ signal }) => getCompletion(cycleId ?? '', periodId, signal, unitId),
    enabled: Boolean(cycleId),
  });
}

export const PEOPLE_PAGE = 25;

export function listCompletionPeople(q: PeopleQuery, signal?: AbortSignal): Promise<CompletionPeopleView> {
  return api.get<CompletionPeopleView>('/monitoring/completion/people', { ...q, limit: PEOPLE_PAGE }, signal);
}

export function useCompletionPeople(q: PeopleQuery | null) {
  return useQuery({
    queryKey: monitoringKeys.people(q),
    queryFn: ({ signal }) => listCompletionPeople(q!, signal),
    enabled: q !== null,
  });
}

/**
 * Whether this person may open Pemantauan: HR and agency heads always; anyone else (a unit head, or an acting
 * Plt/Plh) when the API answers 200 for the current cycle — the server decides from the org chart.
 */
export function useMonitoringAccess(probe: boolean): boolean {
  const { user } = useAuth();
  const byRole = Boolean(user?.roles.some((r) => r === 'hr_admin' || r === 'agency_head'));
  const cycle = useCurrentCycle({ enabled: probe && !byRole });
  const cycleId = cycle.data?.id ?? null;
  const query = useQuery({
    queryKey: monitoringKeys.probe(cycleId),
    queryFn: async ({ signal }) => {
      try {
        await getCompletion(cycleId ?? '', null, signal);
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status < 500) return false;
        throw error;
      }
    },
    enabled: probe && !byRole && Boolean(cycleId),
    staleTime: 10 * 60_000,
  });
  return byRole || query.data === true;
}
