import { AppError } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/deps.js';
import { randomToken, sha256 } from '../../../platform/security.js';
import * as repo from '../auth.repository.js';
import { issueDevice } from '../device-cookie.js';
import { startSession } from './session.js';
import { FAILURE_MEMORY_MS } from './throttle.js';
import { checkSecondFactor, useSecondFactor } from './totp.js';

/** How long the second step of a sign-in may wait after the password step. */
export const MFA_TOKEN_TTL_MS = 5 * 60_000;
/** Wrong codes that burn an mfaToken (the password step must then be done again). */
export const MFA_MAX_FAILURES = 5;

/**
 * After a right password for an account with a second factor: a random token (stored as its SHA-256 only),
 * single use, valid five minutes, bound to the account and to the throttling source of the password step.
 */
export async function startMfaChallenge(
  deps: Deps,
  user: repo.UserRow,
  source: string,
  knownDevice: boolean,
) {
  const now = deps.clock.now();
  const mfaToken = randomToken();
  await repo.insertMfaChallenge(
    deps.database.db,
    {
      id: sha256(mfaToken),
      userId: user.id,
      source,
      knownDevice,
      expiresAt: new Date(now.getTime() + MFA_TOKEN_TTL_MS),
      createdAt: now,
    },
    now,
  );
  return { mfaRequired: true as const, mfaToken };
}

export interface TotpLoginInput {
  mfaToken: string;
  code: string;
  ip: string;
  userAgent: string | undefined;
  requestId: string;
  deviceCookie?: string | undefined;
}

const tokenInvalid = () =>
  new AppError('UNAUTHENTICATED', 'auth.mfaTokenInvalid', { reason: 'mfa_token_invalid' });
const codeInvalid = () => new AppError('UNAUTHENTICATED', 'auth.mfaInvalidCode');

/**
 * The second step of a sign-in: a TOTP code (±1 step, never a replay) or a recovery code (used up). Success opens
 * the session like a password sign-in (failures of the source cleared, device cookie renewed). A wrong code is
 * 401 and counts as a failed sign-in of the source; the fifth burns the token. An unknown, used or expired
 * token is 401 too.
 */
export async function completeTotpLogin(deps: Deps, input: TotpLoginInput) {
  const { db } = deps.database;
  const now = deps.clock.now();
  const id = sha256(input.mfaToken);
  const challenge = await repo.findMfaChallenge(db, id);
  if (!challenge) throw tokenInvalid();
  const user = await repo.findUserById(db, challenge.userId);
  if (challenge.expiresAt.getTime() <= now.getTime() || !user?.active || !user.totpEnabledAt) {
    await repo.deleteMfaChallenge(db, id);
    throw tokenInvalid();
  }
  const username = user.username.toLowerCase();
  const factor = await checkSecondFactor(deps, user, input.code, now);
  if (!factor) {
    const failures = await repo.failMfaChallenge(db, id);
    if (failures >= MFA_MAX_FAILURES) await repo.deleteMfaChallenge(db, id);
    await repo.recordFailure(
      db,
      username,
      challenge.source,
      now,
      new Date(now.getTime() - FAILURE_MEMORY_MS),
    );
    throw codeInvalid();
  }
  const { token, csrfToken } = await startSession(deps, user, {
    ip: input.ip,
    userAgent: input.userAgent,
    requestId: input.requestId,
    method: factor.method,
    audit: {
      knownDevice: challenge.knownDevice,
      ...(factor.method === 'recovery_code' ? { recoveryCodesLeft: user.totpRecoveryCodes.length - 1 } : {}),
    },
    before: async (tx) => {
      // single use, also against a concurrent request with the same token or code
      if (!(await repo.deleteMfaChallenge(tx, id))) throw tokenInvalid();
      if (!(await useSecondFactor(tx, user.id, factor))) throw codeInvalid();
      if (challenge.knownDevice) await repo.clearSourceFailures(tx, username, challenge.source);
      else await repo.clearFailures(tx, username);
    },
  });
  const deviceCookie = await issueDevice(deps, input.deviceCookie, username);
  return { user, token, csrfToken, deviceCookie };
}
