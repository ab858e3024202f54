import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import {
  notificationKeys,
  type MarkAllReadView,
  type NotificationPage,
  type NotificationView,
} from '../types';

export function markRead(id: string): Promise<NotificationView> {
  return api.post<NotificationView>(`/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllRead(): Promise<MarkAllReadView> {
  return api.post<MarkAllReadView>('/notifications/read-all');
}

/** Marks one notification read; the bell's count drops at once (optimistic), then reloads. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onMutate: (id: string) => {
      queryClient.setQueryData<NotificationPage>(notificationKeys.recent(), (page) => {
        if (!page) return page;
        const target = page.items.find((n) => n.id === id);
        if (!target || target.readAt) return page;
        const now = new Date().toISOString();
        return {
          ...page,
          unread: Math.max(0, page.unread - 1),
          items: page.items.map((n) => (n.id === id ? { ...n, readAt: now } : n)),
        };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
