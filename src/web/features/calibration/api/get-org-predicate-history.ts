import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orgPredicateKeys, type OrgPredicateHistoryView } from '../types';

export function getOrgPredicateHistory(
  unitId: string,
  periodId: string,
  signal?: AbortSignal,
): Promise<OrgPredicateHistoryView> {
  return api.get<OrgPredicateHistoryView>(
    `/units/${encodeURIComponent(unitId)}/org-predicates/${encodeURIComponent(periodId)}`,
    undefined,
    signal,
  );
}

/** Every predicate a unit was given for the period (each change is kept), newest first as the API sends it. */
export function useOrgPredicateHistory(unitId: string | null, periodId: string | null) {
  return useQuery({
    queryKey: orgPredicateKeys.history(unitId ?? '', periodId ?? ''),
    queryFn: ({ signal }) => getOrgPredicateHistory(unitId ?? '', periodId ?? '', signal),
    enabled: Boolean(unitId && periodId),
  });
}
