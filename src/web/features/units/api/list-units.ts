import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { unitKeys, type Unit } from '../types';

export function listUnits(limit: number, offset: number, signal?: AbortSignal): Promise<Page<Unit>> {
  return api.get<Page<Unit>>('/units', { limit, offset }, signal);
}

/** Used for the total count on the home page (limit 1). */
export function useUnits(limit: number, offset = 0) {
  return useQuery({
    queryKey: unitKeys.list(limit, offset),
    queryFn: ({ signal }) => listUnits(limit, offset, signal),
  });
}
