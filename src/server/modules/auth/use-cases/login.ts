import { AppError } from '../../../platform/errors.js';
import type { Deps } from '../../../platform/deps.js';
import { hashPassword, randomToken, verifyPassword } from '../../../platform/security.js';
import * as repo from '../auth.repository.js';
import { deviceFor, issueDevice } from '../device-cookie.js';
import { startMfaChallenge } from './login-totp.js';
import { startSession } from './session.js';
import { FAILURE_MEMORY_MS, lockedUntil, throttled } from './throttle.js';

/** Verified against when the username is unknown, so both failures take the same time. */
let dummyHash: Promise<string> | undefined;

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
  requestId: string;
  /** the device cookie the browser sent, if any */
  deviceCookie?: string | undefined;
}

/** Sign-ins from unknown devices: this many times the per-username limit locks an address. */
const ADDRESS_FACTOR = 10;

/**
 * Signs in, throttled with device cookies (OWASP): a request presenting a valid device cookie for the username is
 * counted on that device's own budget only, so failures by others never lock it out (its cookie stops counting
 * once it fails the limit itself). Other requests are throttled per username and per address with growing lock
 * times. Counts live in the database, shared by every server process. The same 401 for an unknown user and a wrong
 * password. An account with a second factor gets `{mfaRequired, mfaToken}` instead of a session.
 */
export async function login(deps: Deps, input: LoginInput) {
  const { db } = deps.database;
  const now = deps.clock.now();
  const { loginMaxFailures: limit, loginWindowMs: windowMs } = deps.config;
  const username = input.username.trim().toLowerCase();
  const memory = new Date(now.getTime() - FAILURE_MEMORY_MS);

  let device = await deviceFor(deps, input.deviceCookie, username);
  if (device) {
    const own = await repo.sourceFailures(db, username, device, new Date(now.getTime() - windowMs), limit);
    if (own.n >= limit) device = null; // the device failed its own budget: it is a stranger again
  }
  if (!device) {
    const { byUser, byIp } = await repo.unknownDeviceFailures(db, {
      username,
      ip: input.ip,
      since: memory,
      userLimit: limit,
      ipLimit: limit * ADDRESS_FACTOR,
    });
    const untilUser = lockedUntil(byUser, limit, windowMs, now);
    const untilIp = lockedUntil(byIp, limit * ADDRESS_FACTOR, windowMs, now);
    const until = [untilUser, untilIp].filter((d): d is Date => d !== null).sort((a, b) => +b - +a)[0];
    if (until) throw throttled('auth.loginThrottled', until, now);
  }

  const user = await repo.findUserByUsername(db, username);
  dummyHash ??= hashPassword(randomToken());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !ok || !user.active) {
    await repo.recordFailure(db, username, device ?? input.ip, now, memory);
    throw new AppError('UNAUTHENTICATED', 'auth.invalidCredentials');
  }
  // with a second factor, the password step only opens a challenge (no session, failures kept until it passes)
  if (user.totpEnabledAt) return startMfaChallenge(deps, user, device ?? input.ip, device !== null);

  const { token, csrfToken } = await startSession(deps, user, {
    ip: input.ip,
    userAgent: input.userAgent,
    requestId: input.requestId,
    method: 'password',
    audit: { knownDevice: device !== null },
    before: (tx) =>
      device ? repo.clearSourceFailures(tx, username, device) : repo.clearFailures(tx, username),
  });
  const deviceCookie = await issueDevice(deps, input.deviceCookie, username);
  return { user, token, csrfToken, deviceCookie };
}
