import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationKeys, type NotificationPreference } from '../types';

export function listPreferences(signal?: AbortSignal): Promise<{ items: NotificationPreference[] }> {
  return api.get<{ items: NotificationPreference[] }>('/notification-preferences', undefined, signal);
}

export function setPreference(kind: string, email: boolean): Promise<NotificationPreference> {
  return api.put<NotificationPreference>(`/notification-preferences/${encodeURIComponent(kind)}`, { email });
}

export function usePreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences(),
    queryFn: ({ signal }) => listPreferences(signal),
  });
}

export function useSetPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, email }: NotificationPreference) => setPreference(kind, email),
    onMutate: ({ kind, email }) => {
      queryClient.setQueryData<{ items: NotificationPreference[] }>(notificationKeys.preferences(), (data) =>
        data ? { items: data.items.map((p) => (p.kind === kind ? { ...p, email } : p)) } : data,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.preferences() }),
  });
}
