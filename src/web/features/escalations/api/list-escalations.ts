import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import { escalationKeys, type EscalationView } from '../types';

export const ESCALATIONS_PAGE = 25;

export function listEscalations(
  status: 'open' | 'decided',
  offset: number,
  signal?: AbortSignal,
): Promise<Page<EscalationView>> {
  return api.get<Page<EscalationView>>('/escalations', { status, limit: ESCALATIONS_PAGE, offset }, signal);
}

/** Escalations (agency head, HR): open or decided, newest first. */
export function useEscalations(status: 'open' | 'decided', offset: number) {
  return useQuery({
    queryKey: escalationKeys.list(status, offset),
    queryFn: ({ signal }) => listEscalations(status, offset, signal),
    placeholderData: keepPreviousData,
  });
}
