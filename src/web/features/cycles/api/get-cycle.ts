import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cycleKeys, type Cycle } from '../types';

export function getCycle(id: string, signal?: AbortSignal): Promise<Cycle> {
  return api.get<Cycle>(`/cycles/${encodeURIComponent(id)}`, undefined, signal);
}

export function useCycle(id: string | null | undefined) {
  return useQuery({
    queryKey: cycleKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getCycle(id ?? '', signal),
    enabled: Boolean(id),
  });
}
