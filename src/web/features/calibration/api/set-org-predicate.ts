import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calibrationKeys, orgPredicateKeys, type OrgPredicateInput, type OrgPredicateView } from '../types';

export function setOrgPredicate(
  unitId: string,
  periodId: string,
  input: OrgPredicateInput,
): Promise<OrgPredicateView> {
  return api.put<OrgPredicateView>(
    `/units/${encodeURIComponent(unitId)}/org-predicates/${encodeURIComponent(periodId)}`,
    input,
  );
}

/** Sets a unit's organisation predicate; the unit's pattern (and so its calibration board) changes with it. */
export function useSetOrgPredicate(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, input }: { unitId: string; input: OrgPredicateInput }) =>
      setOrgPredicate(unitId, periodId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: orgPredicateKeys.all });
      void queryClient.invalidateQueries({ queryKey: calibrationKeys.all });
    },
  });
}
