import { NOTIFICATION_KINDS, type NotificationKind } from '../../../../domain/notifications/kinds.js';
import type {
  NotificationListView,
  NotificationPreferenceView,
  NotificationView,
} from '../../../../domain/notifications/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { notFound } from '../../../platform/errors.js';
import { requireActor } from '../../auth/index.js';
import * as repo from '../notifications.repository.js';

export function presentNotification(row: repo.NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    entityType: row.entityType,
    entityId: row.entityId,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The caller's notifications, newest first, with the unread count for the bell. */
export async function listNotifications(
  deps: Deps,
  ctx: RequestContext,
  query: { unread?: 'true' | 'false' | undefined; limit: number; offset: number },
): Promise<NotificationListView> {
  const actor = requireActor(ctx);
  const { items, total, unread } = await repo.listForUser(
    deps.database.db,
    actor.userId,
    query.unread === 'true',
    query.limit,
    query.offset,
  );
  return { items: items.map(presentNotification), total, unread };
}

/** Marks one of the caller's notifications read; someone else's answers 404. */
export async function markNotificationRead(
  deps: Deps,
  ctx: RequestContext,
  id: string,
): Promise<NotificationView> {
  const actor = requireActor(ctx);
  const row = await repo.markRead(deps.database.db, actor.userId, id, deps.clock.now());
  if (!row) throw notFound();
  return presentNotification(row);
}

export async function markAllNotificationsRead(deps: Deps, ctx: RequestContext) {
  const actor = requireActor(ctx);
  return { updated: await repo.markAllRead(deps.database.db, actor.userId, deps.clock.now()) };
}

/** Every kind with the caller's e-mail choice (on unless turned off). */
export async function listPreferences(
  deps: Deps,
  ctx: RequestContext,
): Promise<{ items: NotificationPreferenceView[] }> {
  const actor = requireActor(ctx);
  const chosen = new Map(
    (await repo.preferencesOf(deps.database.db, actor.userId)).map((p) => [p.kind, p.email]),
  );
  return { items: NOTIFICATION_KINDS.map((kind) => ({ kind, email: chosen.get(kind) ?? true })) };
}

export async function updatePreference(
  deps: Deps,
  ctx: RequestContext,
  kind: NotificationKind,
  email: boolean,
): Promise<NotificationPreferenceView> {
  const actor = requireActor(ctx);
  await repo.setPreference(deps.database.db, actor.userId, kind, email, deps.clock.now());
  return { kind, email };
}
