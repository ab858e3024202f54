import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orgPredicateKeys, type OrgPredicateUnitRow } from '../types';

export function listOrgPredicates(
  periodId: string,
  signal?: AbortSignal,
): Promise<{ items: OrgPredicateUnitRow[] }> {
  return api.get<{ items: OrgPredicateUnitRow[] }>('/org-predicates', { periodId }, signal);
}

/** Capaian Organisasi: the units whose predicate the caller may set, each with the one in force. */
export function useOrgPredicates(periodId: string | null) {
  return useQuery({
    queryKey: orgPredicateKeys.list(periodId ?? ''),
    queryFn: ({ signal }) => listOrgPredicates(periodId ?? '', signal),
    enabled: Boolean(periodId),
  });
}
