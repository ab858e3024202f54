export type {
  MarkAllReadView,
  NotificationListView as NotificationPage,
  NotificationPreferenceView as NotificationPreference,
  NotificationView,
} from '../../../domain/notifications/view';
export { NOTIFICATION_KINDS, type NotificationKind } from '../../../domain/notifications/kinds';

export const notificationKeys = {
  all: ['notifications'] as const,
  recent: () => ['notifications', 'recent'] as const,
  preferences: () => ['notifications', 'preferences'] as const,
};
