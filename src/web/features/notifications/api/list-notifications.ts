import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationKeys, type NotificationPage } from '../types';

export const RECENT_LIMIT = 10;
/** how often the bell asks for new notifications */
export const POLL_MS = 60_000;

export function listNotifications(
  query: { unread?: boolean; limit?: number; offset?: number },
  signal?: AbortSignal,
): Promise<NotificationPage> {
  return api.get<NotificationPage>(
    '/notifications',
    { unread: query.unread ? 'true' : undefined, limit: query.limit, offset: query.offset },
    signal,
  );
}

/** The latest notifications and the unread count, polled every minute (also in the background tab: no). */
export function useRecentNotifications(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: notificationKeys.recent(),
    queryFn: ({ signal }) => listNotifications({ limit: RECENT_LIMIT, offset: 0 }, signal),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: 15_000,
    enabled: options.enabled ?? true,
  });
}
