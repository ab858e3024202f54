import { z } from 'zod';
import { notificationKindSchema } from './kinds.js';

/**
 * The API shapes of the notification endpoints: one zod schema each (the routes' response schemas and the
 * OpenAPI description), and the TypeScript type derived from it.
 */

export const notificationViewSchema = z.object({
  id: z.string(),
  kind: notificationKindSchema,
  title: z.string(),
  body: z.string(),
  /** a path in the web app, e.g. `/plans/<id>` */
  link: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;

export const notificationListViewSchema = z.object({
  items: z.array(notificationViewSchema),
  /** how many match the filter */
  total: z.number(),
  /** how many of the caller's notifications are unread (the bell's count) */
  unread: z.number(),
});
export type NotificationListView = z.infer<typeof notificationListViewSchema>;

/** The answer to "mark all read": how many were unread. */
export const markAllReadViewSchema = z.object({ updated: z.number() });
export type MarkAllReadView = z.infer<typeof markAllReadViewSchema>;

export const notificationPreferenceViewSchema = z.object({
  kind: notificationKindSchema,
  email: z.boolean(),
});
export type NotificationPreferenceView = z.infer<typeof notificationPreferenceViewSchema>;
