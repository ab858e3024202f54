import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitKeys, type ActingOfficial } from '../types';

export function listActingOfficials(
  unitId: string,
  signal?: AbortSignal,
): Promise<{ items: ActingOfficial[] }> {
  return api.get<{ items: ActingOfficial[] }>(
    `/units/${encodeURIComponent(unitId)}/acting-officials`,
    undefined,
    signal,
  );
}

export function useActingOfficials(unitId: string | null) {
  return useQuery({
    queryKey: unitKeys.acting(unitId ?? ''),
    queryFn: ({ signal }) => listActingOfficials(unitId ?? '', signal),
    enabled: Boolean(unitId),
    select: (data) => data.items,
  });
}
