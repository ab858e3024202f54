import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitKeys, type Unit } from '../types';

export function getUnit(id: string, signal?: AbortSignal): Promise<Unit> {
  return api.get<Unit>(`/units/${encodeURIComponent(id)}`, undefined, signal);
}

export function useUnit(id: string | null | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getUnit(id ?? '', signal),
    enabled: Boolean(id),
  });
}
