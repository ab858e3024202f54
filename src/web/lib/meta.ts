import { useQuery } from '@tanstack/react-query';
import type { MetaView } from '../../domain/auth/view';
import { api } from './api-client';

/** GET /meta: public facts about this server (demo accounts, SSO, upload limits); fetched once per page load. */
export function getMeta(signal?: AbortSignal): Promise<MetaView> {
  return api.get<MetaView>('/meta', undefined, signal);
}

export function useMeta() {
  return useQuery({ queryKey: ['meta'], queryFn: ({ signal }) => getMeta(signal), staleTime: Infinity });
}
