import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ledgerKeys, type CreditPointsView } from '../types';

export function getCreditPoints(
  employeeId: string,
  cycleId: string | null,
  signal?: AbortSignal,
): Promise<CreditPointsView> {
  return api.get<CreditPointsView>(
    `/employees/${encodeURIComponent(employeeId)}/credit-points`,
    { cycleId },
    signal,
  );
}

/** Angka Kredit: the counted evaluations of a cycle (default: the current one) for a functional employee. */
export function useCreditPoints(employeeId: string | null | undefined, cycleId: string | null = null) {
  return useQuery({
    queryKey: ledgerKeys.creditPoints(employeeId ?? '', cycleId),
    queryFn: ({ signal }) => getCreditPoints(employeeId ?? '', cycleId, signal),
    enabled: Boolean(employeeId),
  });
}
