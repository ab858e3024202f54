export type {
  AuditEntryView as AuditEntry,
  AuditVerifyView as AuditVerifyResult,
  AuditPageView as AuditPage,
  AuditActorView as AuditActor,
} from '../../../domain/audit/view';

export type AuditCategory = 'changes' | 'signins';

export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  /** one action code, or a prefix ending in a dot */
  action?: string;
  /** the account that acted */
  actorId?: string;
  category?: AuditCategory;
  /** calendar days (Asia/Jakarta), both included */
  from?: string;
  to?: string;
}

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters, limit: number, offset: number) =>
    ['audit', 'list', filters, limit, offset] as const,
  feed: (filters: AuditFilters, limit: number) => ['audit', 'feed', filters, limit] as const,
  actors: (q: string) => ['audit', 'actors', q] as const,
};
