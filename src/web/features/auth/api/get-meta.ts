import { useQuery } from '@tanstack/react-query';
import type { MetaView } from '../../../../domain/auth/view';
import { api } from '../../../lib/api-client';

export function getMeta(signal?: AbortSignal): Promise<MetaView> {
  return api.get<MetaView>('/meta', undefined, signal);
}

export function useMeta() {
  return useQuery({ queryKey: ['meta'], queryFn: ({ signal }) => getMeta(signal), staleTime: Infinity });
}
