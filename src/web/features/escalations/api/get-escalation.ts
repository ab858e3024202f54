import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { escalationKeys, type EscalationView } from '../types';

export function getEscalation(id: string, signal?: AbortSignal): Promise<EscalationView> {
  return api.get<EscalationView>(`/escalations/${encodeURIComponent(id)}`, undefined, signal);
}

export function useEscalation(id: string | undefined) {
  return useQuery({
    queryKey: escalationKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getEscalation(id ?? '', signal),
    enabled: Boolean(id),
  });
}
