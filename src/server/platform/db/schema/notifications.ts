import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { NotificationKind } from '../../../../domain/notifications/kinds.js';
import { id, ts, timestamps } from './columns.js';
import { users } from './auth.js';

/** Notifications, the e-mail outbox, reminders. */

/** In-app notifications (the bell). */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NotificationKind>().notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** a path in the web app */
    link: text('link'),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    readAt: ts('read_at'),
    /** at most one notification per user and key (NULL: no limit) */
    dedupeKey: text('dedupe_key'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('notifications_user_dedupe_uq').on(t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_unread_idx')
      .on(t.userId, t.createdAt)
      .where(sql`${t.readAt} IS NULL`),
    index('notifications_entity_idx').on(t.entityType, t.entityId),
  ],
);

/** Per user and notification kind: whether to send an e-mail too (in-app notifications are always made). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NotificationKind>().notNull(),
    email: boolean('email').notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** E-mails to send, processed by a background worker with retries. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** a path in the web app, made absolute with KINERJA_PUBLIC_URL when the e-mail is sent */
    link: text('link'),
    kind: text('kind').$type<NotificationKind>().notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: ts('sent_at'),
    /** at most one e-mail per key (e.g. one reminder per person, deadline and offset) */
    dedupeKey: text('dedupe_key'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('email_outbox_dedupe_uq').on(t.dedupeKey),
    index('email_outbox_due_idx').on(t.status, t.nextAttemptAt),
  ],
);

/** Reminders already sent: one row per key, so several scheduler processes never send one twice. */
export const reminderLog = pgTable(
  'reminder_log',
  {
    id: id(),
    key: text('key').notNull(),
    sentAt: ts('sent_at').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('reminder_log_key_uq').on(t.key), index('reminder_log_sent_idx').on(t.sentAt)],
);
