import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { auditKeys, type AuditEntry, type AuditFilters } from '../types';

export function listAudit(
  filters: AuditFilters,
  limit: number,
  offset: number,
  signal?: AbortSignal,
): Promise<Page<AuditEntry>> {
  return api.get<Page<AuditEntry>>(
    '/audit',
    { entityType: filters.entityType, entityId: filters.entityId, action: filters.action, limit, offset },
    signal,
  );
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
