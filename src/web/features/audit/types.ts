export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  actor: { userId: string | null; label: string };
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  action?: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; id: string; reason: string };
}

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters, limit: number, offset: number) =>
    ['audit', 'list', filters, limit, offset] as const,
};
