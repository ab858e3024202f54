import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { tokenKeys, type ApiToken } from '../types';

export function listTokens(signal?: AbortSignal): Promise<{ items: ApiToken[] }> {
  return api.get<{ items: ApiToken[] }>('/auth/tokens', undefined, signal);
}

export function useTokens() {
  return useQuery({
    queryKey: tokenKeys.all,
    queryFn: ({ signal }) => listTokens(signal),
    select: (d) => d.items,
  });
}
