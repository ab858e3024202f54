import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionKeys, type AuthSession } from '../types';

export function listSessions(signal?: AbortSignal): Promise<{ items: AuthSession[] }> {
  return api.get<{ items: AuthSession[] }>('/auth/sessions', undefined, signal);
}

export function useSessions() {
  return useQuery({
    queryKey: sessionKeys.all,
    queryFn: ({ signal }) => listSessions(signal),
    select: (d) => d.items,
  });
}

export function revokeSession(id: string): Promise<void> {
  return api.delete(`/auth/sessions/${encodeURIComponent(id)}`);
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
