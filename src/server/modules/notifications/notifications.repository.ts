import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../../domain/notifications/kinds.js';
import type { Executor } from '../../platform/db/client.js';
import { employees, notificationPreferences, notifications, users } from '../../platform/db/schema.js';

export type NotificationRow = typeof notifications.$inferSelect;

export interface Recipient {
  userId: string;
  email: string | null;
  /** the user's choice for this kind; null = never chosen (default on) */
  wantsEmail: boolean | null;
}

/** The active accounts among `userIds` and of `employeeIds`, with their e-mail and preference for `kind`. */
export async function recipients(
  db: Executor,
  kind: NotificationKind,
  userIds: readonly string[],
  employeeIds: readonly string[],
): Promise<Recipient[]> {
  const who: SQL[] = [];
  if (userIds.length) who.push(inArray(users.id, [...userIds]));
  if (employeeIds.length) who.push(inArray(users.employeeId, [...employeeIds]));
  if (who.length === 0) return [];
  const rows = await db
    .select({ userId: users.id, email: employees.email, wantsEmail: notificationPreferences.email })
    .from(users)
    .leftJoin(employees, eq(employees.id, users.employeeId))
    .leftJoin(
      notificationPreferences,
      and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, kind)),
    )
    .where(and(eq(users.active, true), or(...who)));
  return rows;
}

/**
 * A user's notifications of a kind this version knows: a row of any other kind (written by another version, or by
 * hand) is left out of lists and counts rather than failing the whole answer.
 */
const knownOf = (userId: string) =>
  and(eq(notifications.userId, userId), inArray(notifications.kind, [...NOTIFICATION_KINDS]));

export async function listForUser(
  db: Executor,
  userId: string,
  unreadOnly: boolean,
  limit: number,
  offset: number,
) {
  const where = and(knownOf(userId), unreadOnly ? isNull(notifications.readAt) : undefined);
  const [items, [total], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(notifications).where(where),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(knownOf(userId), isNull(notifications.readAt))),
  ]);
  return { items, total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

export async function markRead(db: Executor, userId: string, id: string, now: Date) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`COALESCE(${notifications.readAt}, ${now})`, updatedAt: now })
    .where(and(eq(notifications.id, id), knownOf(userId)))
    .returning();
  return row;
}

export async function markAllRead(db: Executor, userId: string, now: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: now, updatedAt: now })
    .where(and(knownOf(userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export const preferencesOf = (db: Executor, userId: string) =>
  db
    .select({ kind: notificationPreferences.kind, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));

export async function setPreference(
  db: Executor,
  userId: string,
  kind: NotificationKind,
  email: boolean,
  now: Date,
) {
  await db
    .insert(notificationPreferences)
    .values({ userId, kind, email, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { email, updatedAt: now },
    });
}
