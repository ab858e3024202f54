import { and, eq, isNull, sql } from 'drizzle-orm';
import { containsUsername } from '../../../../domain/auth/schemas.js';
import { can, type Role } from '../../../../domain/permissions.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { assertVersion, updateVersioned } from '../../../platform/db/steps.js';
import { apiTokens, employees, users } from '../../../platform/db/schema.js';
import { AppError, fieldConflict, fieldInvalid, notFound } from '../../../platform/errors.js';
import { hashPassword, randomToken, sha256, verifyPassword } from '../../../platform/security.js';
import * as repo from '../auth.repository.js';
import { presentUser } from '../auth.presenter.js';
import { requireActor } from '../auth.policy.js';
import { FAILURE_MEMORY_MS, lockedUntil, throttled } from './throttle.js';

export interface CreateUserInput {
  username: string;
  password: string;
  roles: Role[];
  employeeId?: string | null | undefined;
}

/**
 * Serialises account writes whose uniqueness the checks below guard (username, one account per employee), so
 * two concurrent requests cannot both pass the check (a 500 on the unique index, or two accounts for one employee).
 */
const lockAccounts = (tx: Executor) =>
  tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('kinerja:accounts'))`);

async function checkEmployeeLink(db: Executor, employeeId: string, exceptUserId?: string) {
  const [emp] = await db.select({ id: employees.id }).from(employees).where(eq(employees.id, employeeId));
  if (!emp) throw fieldInvalid('employeeId', 'user.employeeNotFound', 'not_found');
  const other = await repo.findUserByEmployee(db, employeeId);
  if (other && other.id !== exceptUserId) throw fieldConflict('employeeId', 'user.employeeTaken');
}

/** Admin: creates an account (password hashed with argon2id). */
export async function createUser(deps: Deps, ctx: RequestContext, input: CreateUserInput) {
  requireActor(ctx);
  const { db } = deps.database;
  const checkUnique = async (ex: Executor) => {
    if (await repo.findUserByUsername(ex, input.username))
      throw fieldConflict('username', 'user.duplicateUsername');
    if (input.employeeId) await checkEmployeeLink(ex, input.employeeId);
  };
  if (containsUsername(input.password, input.username)) {
    throw fieldInvalid('password', 'auth.passwordHasUsername', 'password_has_username');
  }
  await checkUnique(db);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  return db.transaction(async (tx) => {
    await lockAccounts(tx);
    await checkUnique(tx);
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        passwordHash,
        roles: [...new Set(input.roles)],
        employeeId: input.employeeId ?? null,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      })
      .returning();
    const user = presentUser(row!);
    await appendAudit(
      tx,
      ctx,
      { action: 'user.create', entityType: 'user', entityId: user.id, after: user },
      now,
    );
    return user;
  });
}

export interface UpdateUserInput {
  roles?: Role[] | undefined;
  active?: boolean | undefined;
  employeeId?: string | null | undefined;
  /** false: forget the remembered single sign-on subject */
  ssoLinked?: false | undefined;
  version?: number | undefined;
}

/**
 * Admin: changes roles, the linked employee or whether the account is active, or forgets its single sign-on
 * subject (the provider's user was created anew: the next SSO sign-in links it again).
 */
export async function updateUser(deps: Deps, ctx: RequestContext, id: string, input: UpdateUserInput) {
  const actor = requireActor(ctx);
  const { db } = deps.database;
  const existing = await repo.findUserById(db, id);
  if (!existing) throw notFound();
  assertVersion(existing, input.version);
  if (input.employeeId) await checkEmployeeLink(db, input.employeeId, id);
  if (id === actor.userId && (input.active === false || (input.roles && !can(input.roles, 'manage:user')))) {
    // An admin cannot lock themselves out.
    throw new AppError('INVALID_TRANSITION', undefined, { reason: 'cannot_demote_self' });
  }
  const now = deps.clock.now();
  return db.transaction(async (tx) => {
    if (input.employeeId) {
      await lockAccounts(tx);
      await checkEmployeeLink(tx, input.employeeId, id);
    }
    const row = await updateVersioned(
      tx,
      ctx,
      users,
      existing,
      {
        ...(input.roles ? { roles: [...new Set(input.roles)] } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(input.employeeId !== undefined ? { employeeId: input.employeeId } : {}),
        ...(input.ssoLinked === false ? { oidcSubject: null } : {}),
      },
      { now, audit: { action: 'user.update', entityType: 'user', snapshot: presentUser } },
    );
    if (input.active === false) await repo.deleteUserSessions(tx, id);
    return presentUser(row);
  });
}

/**
 * Stores a new password hash. The version moves on (the account changed) without a version check: a password
 * set by its owner or by an admin does not yield to a concurrent edit of roles.
 */
async function storePassword(
  tx: Executor,
  user: { id: string; version: number },
  passwordHash: string,
  now: Date,
) {
  await tx
    .update(users)
    .set({ passwordHash, passwordChangedAt: now, updatedAt: now, version: user.version + 1 })
    .where(eq(users.id, user.id));
}

/** Admin: sets a new password for someone and signs them out everywhere. */
export async function resetPassword(deps: Deps, ctx: RequestContext, id: string, password: string) {
  requireActor(ctx);
  const { db } = deps.database;
  const existing = await repo.findUserById(db, id);
  if (!existing) throw notFound();
  if (containsUsername(password, existing.username)) {
    throw fieldInvalid('password', 'auth.passwordHasUsername', 'password_has_username');
  }
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now();
  await db.transaction(async (tx) => {
    await storePassword(tx, existing, passwordHash, now);
    await repo.deleteUserSessions(tx, id);
    await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.userId, id), isNull(apiTokens.revokedAt)));
    await appendAudit(tx, ctx, { action: 'user.reset_password', entityType: 'user', entityId: id }, now);
  });
}

/**
 * Anyone signed in: changes their own password. Wrong current passwords are throttled like sign-ins (429); on
 * success the other sessions end and the API tokens are revoked (a stolen token must not outlive the change).
 */
export async function changePassword(deps: Deps, ctx: RequestContext, current: string, next: string) {
  const actor = requireActor(ctx);
  const { db } = deps.database;
  const user = await repo.findUserById(db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  const now = deps.clock.now();
  const key = user.username.toLowerCase();
  const memory = new Date(now.getTime() - FAILURE_MEMORY_MS);
  const { loginMaxFailures: limit } = deps.config;
  const failures = await repo.sourceFailures(db, key, repo.PASSWORD_SOURCE, memory, limit);
  const until = lockedUntil(failures, limit, deps.config.loginWindowMs, now);
  if (until) throw throttled('auth.passwordThrottled', until, now);
  if (!(await verifyPassword(user.passwordHash, current))) {
    await repo.recordFailure(db, key, repo.PASSWORD_SOURCE, now, memory);
    throw fieldInvalid('currentPassword', 'auth.wrongCurrentPassword', 'wrong_password');
  }
  if (containsUsername(next, user.username)) {
    throw fieldInvalid('newPassword', 'auth.passwordHasUsername', 'password_has_username');
  }
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await storePassword(tx, user, passwordHash, now);
    await repo.clearSourceFailures(tx, key, repo.PASSWORD_SOURCE);
    await repo.deleteUserSessions(tx, user.id, actor.sessionId);
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: now, updatedAt: now })
      .where(and(eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    await appendAudit(
      tx,
      ctx,
      {
        action: 'user.change_password',
        entityType: 'user',
        entityId: user.id,
        after: { revokedTokens: revoked.length },
      },
      now,
    );
  });
}

/** Ends one of my sessions (another browser, or this one); 404 for anyone else's. */
export async function revokeSession(deps: Deps, ctx: RequestContext, id: string) {
  const actor = requireActor(ctx);
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    const row = await repo.findSession(tx, id);
    if (!row || row.session.userId !== actor.userId) throw notFound();
    await repo.deleteSession(tx, id);
    await appendAudit(
      tx,
      ctx,
      {
        action: 'session.revoke',
        entityType: 'user',
        entityId: actor.userId,
        after: { current: id === actor.sessionId },
      },
      now,
    );
  });
}

export async function logout(deps: Deps, ctx: RequestContext) {
  const actor = requireActor(ctx);
  if (!actor.sessionId) return;
  const sessionId = actor.sessionId;
  await deps.database.db.transaction(async (tx) => {
    await repo.deleteSession(tx, sessionId);
    await appendAudit(
      tx,
      ctx,
      { action: 'auth.logout', entityType: 'user', entityId: actor.userId },
      deps.clock.now(),
    );
  });
}

/** A personal API token for integrations: shown once, stored as a SHA-256 hash. */
export async function createToken(deps: Deps, ctx: RequestContext, name: string) {
  const actor = requireActor(ctx);
  const token = `kin_${randomToken()}`;
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.userId, name, tokenHash: sha256(token), createdAt: now, updatedAt: now })
      .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
    await appendAudit(
      tx,
      ctx,
      { action: 'token.create', entityType: 'api_token', entityId: row!.id, after: { name } },
      now,
    );
    return { id: row!.id, name: row!.name, token, createdAt: row!.createdAt.toISOString() };
  });
}

export async function revokeToken(deps: Deps, ctx: RequestContext, id: string) {
  const actor = requireActor(ctx);
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now, updatedAt: now })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (!row) throw notFound();
    await appendAudit(tx, ctx, { action: 'token.revoke', entityType: 'api_token', entityId: id }, now);
  });
}
