import { randomBytes } from 'node:crypto';
import {
  isTotpCodeShape,
  mfaStatus,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
  recoveryCodeFrom,
} from '../../../../domain/auth/totp.js';
import { newTotpSecret, otpauthUrl, verifyTotp } from '../totp-code.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { AppError, fieldInvalid, notFound } from '../../../platform/errors.js';
import { seal, unseal } from '../../../platform/secret.js';
import { sha256, verifyPassword } from '../../../platform/security.js';
import * as repo from '../auth.repository.js';
import { requireActor } from '../auth.policy.js';
import { FAILURE_MEMORY_MS, lockedUntil, throttled } from './throttle.js';

/** Encryption purpose of TOTP secrets (the key is derived from the server secret; the user id is bound in). */
const SEAL_PURPOSE = 'totp-secret';

/** A proof of the second factor, checked but not yet used up. */
export type SecondFactor = { method: 'totp'; step: number } | { method: 'recovery_code'; hash: string };

export const hashRecoveryCode = (code: string) => sha256(`recovery:${normalizeRecoveryCode(code)}`);

/**
 * Checks a code against an enrolled account: six digits are a TOTP code (±1 step, never a replay), anything else
 * a recovery code. Null when wrong. Nothing is used up here: `useSecondFactor` does that in the writing transaction.
 */
export async function checkSecondFactor(
  deps: Deps,
  user: repo.UserRow,
  code: string,
  now: Date,
): Promise<SecondFactor | null> {
  if (!user.totpSecret || !user.totpEnabledAt) return null;
  const trimmed = code.trim();
  if (isTotpCodeShape(trimmed)) {
    const secret = await unseal(deps, SEAL_PURPOSE, user.totpSecret, user.id);
    if (!secret) return null;
    const step = verifyTotp(secret, trimmed, now.getTime(), user.totpLastStep);
    return step === null ? null : { method: 'totp', step };
  }
  const hash = hashRecoveryCode(trimmed);
  return user.totpRecoveryCodes.includes(hash) ? { method: 'recovery_code', hash } : null;
}

/** Uses up a checked second factor (atomically: false when a concurrent request used it first). */
export const useSecondFactor = (db: Executor, userId: string, factor: SecondFactor) =>
  factor.method === 'totp'
    ? repo.useTotpStep(db, userId, factor.step)
    : repo.useRecoveryCode(db, userId, factor.hash);

function newRecoveryCodes() {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => recoveryCodeFrom(randomBytes(10)));
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

const invalidCode = () => fieldInvalid('code', 'auth.mfaInvalidCode', 'invalid_code');

/** The status the profile page and `/auth/me` show. */
export function statusOf(deps: Deps, user: repo.UserRow, now: Date) {
  const s = mfaStatus(user, deps.config.mfaRequiredRoles, deps.config.mfaGraceDays, now);
  return {
    enabled: s.enabled,
    required: s.required,
    graceUntil: s.graceUntil?.toISOString() ?? null,
    blocked: s.blocked,
  };
}

async function currentUser(deps: Deps, ctx: RequestContext) {
  const actor = requireActor(ctx);
  const user = await repo.findUserById(deps.database.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

export async function totpStatus(deps: Deps, ctx: RequestContext) {
  const user = await currentUser(deps, ctx);
  return {
    ...statusOf(deps, user, deps.clock.now()),
    enabledAt: user.totpEnabledAt?.toISOString() ?? null,
    recoveryCodesLeft: user.totpEnabledAt ? user.totpRecoveryCodes.length : 0,
    setupPending: !user.totpEnabledAt && user.totpPendingSecret !== null,
  };
}

/** Starts enrolment: a new secret kept (encrypted) as pending until a code from it enables it. 409 when enabled. */
export async function setupTotp(deps: Deps, ctx: RequestContext) {
  const user = await currentUser(deps, ctx);
  if (user.totpEnabledAt)
    throw new AppError('CONFLICT', 'auth.totpAlreadyEnabled', { reason: 'totp_enabled' });
  const secret = newTotpSecret();
  const now = deps.clock.now();
  const sealed = await seal(deps, SEAL_PURPOSE, secret, user.id);
  await deps.database.db.transaction(async (tx) => {
    await repo.updateTotp(tx, user.id, { totpPendingSecret: sealed }, now);
    await appendAudit(tx, ctx, { action: 'auth.totp_setup', entityType: 'user', entityId: user.id }, now);
  });
  return { secret, otpauthUrl: otpauthUrl(secret, user.username) };
}

/**
 * Wrong codes when managing the second factor are throttled like wrong current passwords (per account, 429); the
 * check runs `verify`, records a failure when it answers null, and clears the failures on success.
 */
async function throttledCheck<T>(
  deps: Deps,
  user: repo.UserRow,
  verify: () => Promise<T | null>,
): Promise<T> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const key = user.username.toLowerCase();
  const memory = new Date(now.getTime() - FAILURE_MEMORY_MS);
  const limit = deps.config.loginMaxFailures;
  const failures = await repo.sourceFailures(db, key, repo.TOTP_SOURCE, memory, limit);
  const until = lockedUntil(failures, limit, deps.config.loginWindowMs, now);
  if (until) throw throttled('auth.totpThrottled', until, now);
  const result = await verify();
  if (result === null) {
    await repo.recordFailure(db, key, repo.TOTP_SOURCE, now, memory);
    throw invalidCode();
  }
  await repo.clearSourceFailures(db, key, repo.TOTP_SOURCE);
  return result;
}

/** Enables the second factor with a code from the pending secret; answers the recovery codes (shown once). */
export async function enableTotp(deps: Deps, ctx: RequestContext, code: string) {
  const user = await currentUser(deps, ctx);
  if (user.totpEnabledAt)
    throw new AppError('CONFLICT', 'auth.totpAlreadyEnabled', { reason: 'totp_enabled' });
  if (!user.totpPendingSecret) throw new AppError('CONFLICT', 'auth.totpNoSetup', { reason: 'no_setup' });
  const pending = user.totpPendingSecret;
  const now = deps.clock.now();
  const step = await throttledCheck(deps, user, async () => {
    const secret = await unseal(deps, SEAL_PURPOSE, pending, user.id);
    return secret ? verifyTotp(secret, code.trim(), now.getTime(), null) : null;
  });
  const { codes, hashes } = newRecoveryCodes();
  await deps.database.db.transaction(async (tx) => {
    await repo.updateTotp(
      tx,
      user.id,
      {
        totpSecret: pending,
        totpPendingSecret: null,
        totpEnabledAt: now,
        totpLastStep: step,
        totpRecoveryCodes: hashes,
      },
      now,
    );
    await appendAudit(
      tx,
      ctx,
      {
        action: 'auth.totp_enabled',
        entityType: 'user',
        entityId: user.id,
        after: { recoveryCodes: codes.length },
      },
      now,
    );
  });
  return { recoveryCodes: codes };
}

async function enrolledUser(deps: Deps, ctx: RequestContext) {
  const user = await currentUser(deps, ctx);
  if (!user.totpEnabledAt)
    throw new AppError('CONFLICT', 'auth.totpNotEnabled', { reason: 'totp_not_enabled' });
  return user;
}

/** New recovery codes (the old ones stop working), confirmed with a current code. */
export async function regenerateRecoveryCodes(deps: Deps, ctx: RequestContext, code: string) {
  const user = await enrolledUser(deps, ctx);
  const now = deps.clock.now();
  const factor = await throttledCheck(deps, user, () => checkSecondFactor(deps, user, code, now));
  const { codes, hashes } = newRecoveryCodes();
  await deps.database.db.transaction(async (tx) => {
    if (!(await useSecondFactor(tx, user.id, factor))) throw invalidCode();
    await repo.updateTotp(tx, user.id, { totpRecoveryCodes: hashes }, now);
    await appendAudit(
      tx,
      ctx,
      {
        action: 'auth.totp_recovery_codes',
        entityType: 'user',
        entityId: user.id,
        after: { recoveryCodes: codes.length, method: factor.method },
      },
      now,
    );
  });
  return { recoveryCodes: codes };
}

const cleared = {
  totpSecret: null,
  totpPendingSecret: null,
  totpEnabledAt: null,
  totpLastStep: null,
  totpRecoveryCodes: [],
};

/**
 * Turns the second factor off with the password and a current code; refused (409) when the account's roles
 * require it. Wrong passwords count like wrong current passwords, wrong codes like wrong codes.
 */
export async function disableTotp(deps: Deps, ctx: RequestContext, password: string, code: string) {
  const user = await enrolledUser(deps, ctx);
  const now = deps.clock.now();
  if (statusOf(deps, user, now).required)
    throw new AppError('CONFLICT', 'auth.totpRequired', { reason: 'totp_required' });
  const { db } = deps.database;
  const key = user.username.toLowerCase();
  const memory = new Date(now.getTime() - FAILURE_MEMORY_MS);
  const limit = deps.config.loginMaxFailures;
  const until = lockedUntil(
    await repo.sourceFailures(db, key, repo.PASSWORD_SOURCE, memory, limit),
    limit,
    deps.config.loginWindowMs,
    now,
  );
  if (until) throw throttled('auth.passwordThrottled', until, now);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await repo.recordFailure(db, key, repo.PASSWORD_SOURCE, now, memory);
    throw fieldInvalid('password', 'auth.wrongPassword', 'wrong_password');
  }
  const factor = await throttledCheck(deps, user, () => checkSecondFactor(deps, user, code, now));
  await db.transaction(async (tx) => {
    if (!(await useSecondFactor(tx, user.id, factor))) throw invalidCode();
    await repo.clearSourceFailures(tx, key, repo.PASSWORD_SOURCE);
    await repo.updateTotp(tx, user.id, cleared, now);
    await repo.deleteUserMfaChallenges(tx, user.id);
    await appendAudit(
      tx,
      ctx,
      {
        action: 'auth.totp_disabled',
        entityType: 'user',
        entityId: user.id,
        after: { method: factor.method },
      },
      now,
    );
  });
}

/**
 * Admin: removes someone's second factor (a lost phone). They sign in with the password alone and, when their
 * roles require it, enrol again (the grace period is not restarted).
 */
export async function resetTotp(deps: Deps, ctx: RequestContext, userId: string) {
  requireActor(ctx);
  const { db } = deps.database;
  const user = await repo.findUserById(db, userId);
  if (!user) throw notFound();
  const now = deps.clock.now();
  await db.transaction(async (tx) => {
    await repo.updateTotp(tx, user.id, cleared, now);
    await repo.deleteUserMfaChallenges(tx, user.id);
    await appendAudit(
      tx,
      ctx,
      {
        action: 'auth.totp_reset',
        entityType: 'user',
        entityId: user.id,
        before: { enabled: user.totpEnabledAt !== null },
        after: { enabled: false },
      },
      now,
    );
  });
}
