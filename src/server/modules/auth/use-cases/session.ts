import { mfaRequiredFor } from '../../../../domain/auth/totp.js';
import type { Role } from '../../../../domain/permissions.js';
import type { Deps } from '../../../platform/deps.js';
import type { Tx } from '../../../platform/db/client.js';
import { appendAudit } from '../../../platform/audit.js';
import { randomToken, sha256 } from '../../../platform/security.js';
import * as repo from '../auth.repository.js';

export interface SessionUser {
  id: string;
  username: string;
  employeeId: string | null;
  /** when given and one requires a second factor, the first sign-in starts the grace period for enrolling */
  roles?: readonly Role[];
}

export interface StartSessionInput {
  ip: string;
  userAgent: string | undefined;
  requestId: string;
  /** how the account proved itself: recorded in the audit row of the sign-in */
  method: 'password' | 'totp' | 'recovery_code' | 'oidc';
  /** extra facts for the audit row (e.g. whether the device was known) */
  audit?: Record<string, unknown>;
  /** run in the same transaction before the session is written (e.g. clearing failure counts) */
  before?: (tx: Tx) => PromiseLike<unknown>;
}

/**
 * Opens a browser session for an account that has proved itself (password, second factor or single sign-on):
 * one transaction that purges expired sessions, writes the new one and audits the sign-in. Returns the session
 * token (the cookie value, stored only as its hash) and the CSRF token.
 */
export async function startSession(deps: Deps, user: SessionUser, input: StartSessionInput) {
  const { db } = deps.database;
  const now = deps.clock.now();
  const token = randomToken();
  const csrfToken = randomToken(24);
  await db.transaction(async (tx) => {
    await input.before?.(tx);
    await repo.purgeExpiredSessions(tx, now);
    if (user.roles && mfaRequiredFor(user.roles, deps.config.mfaRequiredRoles))
      await repo.startMfaGrace(tx, user.id, now);
    await repo.insertSession(tx, {
      id: sha256(token),
      userId: user.id,
      csrfToken,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + deps.config.sessionMaxMs),
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      {
        actor: {
          userId: user.id,
          username: user.username,
          roles: [],
          employeeId: user.employeeId,
          via: 'session',
        },
        requestId: input.requestId,
        locale: 'id',
      },
      {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        after: { ip: input.ip, method: input.method, ...input.audit },
      },
      now,
    );
  });
  return { token, csrfToken };
}
