import { mfaStatus } from '../../../../domain/auth/totp.js';
import type { Actor } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { sha256 } from '../../../platform/security.js';
import * as repo from '../auth.repository.js';

/** Sessions are touched at most once a minute, to keep reads cheap under load. */
const TOUCH_EVERY_MS = 60_000;

export type SessionResult =
  | {
      kind: 'ok';
      actor: Actor;
      csrfToken: string;
      /** the account's roles require a second factor it has not enrolled, and the grace period is over */
      mfaBlocked: boolean;
    }
  | { kind: 'expired' }
  | { kind: 'none' };

export async function resolveSession(deps: Deps, cookieValue: string): Promise<SessionResult> {
  const { db } = deps.database;
  const id = sha256(cookieValue);
  const row = await repo.findSession(db, id);
  if (!row) return { kind: 'none' };
  const now = deps.clock.now();
  const idleLimit = row.session.lastSeenAt.getTime() + deps.config.sessionIdleMs;
  if (row.session.expiresAt.getTime() <= now.getTime() || idleLimit <= now.getTime() || !row.user.active) {
    await repo.deleteSession(db, id);
    return { kind: 'expired' };
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(db, id, now);
  return {
    kind: 'ok',
    csrfToken: row.session.csrfToken,
    mfaBlocked: mfaStatus(row.user, deps.config.mfaRequiredRoles, deps.config.mfaGraceDays, now).blocked,
    actor: {
      userId: row.user.id,
      username: row.user.username,
      roles: row.user.roles,
      employeeId: row.user.employeeId,
      via: 'session',
      sessionId: id,
    },
  };
}

export async function resolveToken(deps: Deps, token: string): Promise<Actor | null> {
  const { db } = deps.database;
  const row = await repo.findToken(db, sha256(token));
  if (!row || !row.user.active) return null;
  const now = deps.clock.now();
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await repo.touchToken(db, row.token.id, now);
  }
  return {
    userId: row.user.id,
    username: row.user.username,
    roles: row.user.roles,
    employeeId: row.user.employeeId,
    via: 'token',
  };
}
