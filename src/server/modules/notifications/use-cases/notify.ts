import type { NotificationKind } from '../../../../domain/notifications/kinds.js';
import type { Executor } from '../../../platform/db/client.js';
import { emailOutbox, notifications } from '../../../platform/db/schema.js';
import * as repo from '../notifications.repository.js';

export interface NotifyInput {
  /** recipients by account */
  userIds?: readonly string[];
  /** recipients by employee (each active account of the employee) */
  employeeIds?: readonly string[];
  /** never notify this account (the person who acted) */
  exceptUserId?: string | null;
  kind: NotificationKind;
  title: string;
  body: string;
  link?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  /** at most one notification (and e-mail) per recipient and key */
  dedupeKey?: string | null;
  /** the time of the event (the use case's clock) */
  at?: Date;
}

const CHUNK = 1000;

/**
 * Notifies people of an event. Call it INSIDE the transaction that makes the change: the in-app notifications and
 * the e-mails (an `email_outbox` row for each recipient who has an e-mail address and has not turned e-mail off
 * for this kind) commit or roll back with it, and nothing is sent before the commit — the outbox worker sends
 * later. Returns the number of notifications made.
 */
export async function notify(tx: Executor, input: NotifyInput): Promise<number> {
  const at = input.at ?? new Date();
  const found = await repo.recipients(tx, input.kind, input.userIds ?? [], input.employeeIds ?? []);
  const people = found.filter((r) => r.userId !== input.exceptUserId);
  if (people.length === 0) return 0;
  const byUser = new Map(people.map((p) => [p.userId, p]));
  const userKey = (userId: string) => (input.dedupeKey ? `${input.dedupeKey}:u:${userId}` : null);
  let made = 0;
  const ids = [...byUser.keys()].sort();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const inserted = await tx
      .insert(notifications)
      .values(
        chunk.map((userId) => ({
          userId,
          kind: input.kind,
          title: input.title,
          body: input.body,
          link: input.link ?? null,
          entityType: input.entityType ?? null,
          entityId: input.entityId ?? null,
          dedupeKey: input.dedupeKey ?? null,
          createdAt: at,
          updatedAt: at,
        })),
      )
      .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
      .returning({ userId: notifications.userId });
    made += inserted.length;
    const mails = inserted
      .map((n) => byUser.get(n.userId)!)
      .filter((p) => p.email && p.wantsEmail !== false)
      .map((p) => ({
        toAddress: p.email!,
        subject: `[Kinerja] ${input.title}`,
        body: input.body,
        link: input.link ?? null,
        kind: input.kind,
        dedupeKey: userKey(p.userId),
        nextAttemptAt: at,
        createdAt: at,
        updatedAt: at,
      }));
    if (mails.length) await tx.insert(emailOutbox).values(mails).onConflictDoNothing();
  }
  return made;
}
