import { AppError } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/deps.js';
import { appendAudit } from '../../../platform/audit.js';
import { hashPassword, randomToken, sha256, verifyPassword } from '../../../platform/security.js';
import * as repo from '../auth.repository.js';

/** Verified against when the username is unknown, so both failures take the same time. */
let dummyHash: Promise<string> | undefined;

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
  requestId: string;
}

/**
 * Signs in: throttled per username and per address (counted in the database, so several server processes
 * share the count); the same 401 for an unknown user and a wrong password.
 */
export async function login(deps: Deps, input: LoginInput) {
  const { db } = deps.database;
  const now = deps.clock.now();
  const username = input.username.trim().toLowerCase();
  const since = new Date(now.getTime() - deps.config.loginWindowMs);
  const failures = await repo.countRecentFailures(db, username, input.ip, since);
  if (failures.byUser >= deps.config.loginMaxFailures || failures.byIp >= deps.config.loginMaxFailures * 10) {
    const until = (failures.oldest?.getTime() ?? now.getTime()) + deps.config.loginWindowMs;
    const seconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
    throw new AppError('RATE_LIMITED', 'auth.loginThrottled', null, {
      minutes: Math.ceil(seconds / 60),
      retryAfterSeconds: seconds,
    });
  }

  const user = await repo.findUserByUsername(db, username);
  dummyHash ??= hashPassword(randomToken());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !ok || !user.active) {
    await repo.recordFailure(db, username, input.ip, now, new Date(now.getTime() - 24 * 3_600_000));
    throw new AppError('UNAUTHENTICATED', 'auth.invalidCredentials');
  }

  const token = randomToken();
  const csrfToken = randomToken(24);
  await db.transaction(async (tx) => {
    await repo.clearFailures(tx, username);
    await repo.purgeExpiredSessions(tx, now);
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
      { action: 'auth.login', entityType: 'user', entityId: user.id, after: { ip: input.ip } },
      now,
    );
  });
  return { user, token, csrfToken };
}
