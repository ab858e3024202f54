import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api-client';
import { cycleKeys, type Cycle } from '../types';

/** The cycle whose dates contain today (else the latest); null when no cycle exists yet (404). */
export async function getCurrentCycle(signal?: AbortSignal): Promise<Cycle | null> {
  try {
    return await api.get<Cycle>('/cycles/current', undefined, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function useCurrentCycle(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: cycleKeys.current(),
    queryFn: ({ signal }) => getCurrentCycle(signal),
    staleTime: 5 * 60_000,
    enabled: options.enabled ?? true,
  });
}
