export type {
  AuditEntryView as AuditEntry,
  AuditVerifyView as AuditVerifyResult,
} from '../../../domain/audit/view';

export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  action?: string;
}

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters, limit: number, offset: number) =>
    ['audit', 'list', filters, limit, offset] as const,
};
