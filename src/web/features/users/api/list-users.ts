import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { userKeys, type UserAccount } from '../types';

export function listUsers(
  q: string,
  limit: number,
  offset: number,
  signal?: AbortSignal,
): Promise<Page<UserAccount>> {
  return api.get<Page<UserAccount>>('/users', { q: q || undefined, limit, offset }, signal);
}

export function useUsers(q: string, limit: number, offset: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: userKeys.list(q, limit, offset),
    queryFn: ({ signal }) => listUsers(q, limit, offset, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
