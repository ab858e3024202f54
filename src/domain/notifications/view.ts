import type { NotificationKind } from './kinds.js';

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** a path in the web app, e.g. `/plans/<id>` */
  link: string | null;
  entityType: string | null;
  entityId: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationListView {
  items: NotificationView[];
  /** how many match the filter */
  total: number;
  /** how many of the caller's notifications are unread (the bell's count) */
  unread: number;
}

export interface NotificationPreferenceView {
  kind: NotificationKind;
  email: boolean;
}
