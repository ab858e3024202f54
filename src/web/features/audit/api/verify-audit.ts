import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AuditVerifyResult } from '../types';

export function verifyAudit(): Promise<AuditVerifyResult> {
  return api.get<AuditVerifyResult>('/audit/verify');
}

/** A button-triggered check, so a mutation (it never runs by itself and is not cached). */
export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}
