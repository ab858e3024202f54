import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { auditKeys, type AuditActor, type AuditFilters, type AuditPage } from '../types';

const params = (filters: AuditFilters) => ({
  entityType: filters.entityType,
  entityId: filters.entityId,
  action: filters.action,
  actorId: filters.actorId,
  category: filters.category,
  from: filters.from,
  to: filters.to,
});

/** One page by offset, with the total (a record's history, the home page's count). */
export function listAudit(
  filters: AuditFilters,
  limit: number,
  offset: number,
  signal?: AbortSignal,
): Promise<AuditPage & { total: number }> {
  return api.get<AuditPage & { total: number }>('/audit', { ...params(filters), limit, offset }, signal);
}

export function useAuditEntries(
  filters: AuditFilters,
  limit: number,
  offset: number,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: auditKeys.list(filters, limit, offset),
    queryFn: ({ signal }) => listAudit(filters, limit, offset, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** The log page: newest first, older entries on request (keyset paging, no count over the whole log). */
export function useAuditFeed(filters: AuditFilters, limit: number) {
  return useInfiniteQuery({
    queryKey: auditKeys.feed(filters, limit),
    queryFn: ({ signal, pageParam }) =>
      api.get<AuditPage>('/audit', { ...params(filters), limit, count: 'false', before: pageParam }, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The accounts matching a person search, for the person filter. */
export function useAuditActors(q: string) {
  return useQuery({
    queryKey: auditKeys.actors(q),
    queryFn: ({ signal }) => api.get<{ items: AuditActor[] }>('/audit/actors', { q, limit: 20 }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
