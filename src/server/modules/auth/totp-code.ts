import { Secret, TOTP } from 'otpauth';
import {
  isTotpCodeShape,
  timeStep,
  TOTP_DIGITS,
  TOTP_PERIOD_S,
  TOTP_WINDOW,
} from '../../../domain/auth/totp.js';

/** TOTP codes (RFC 6238, SHA-1, 6 digits, 30 s) with `otpauth`: secrets, URLs, and the check with drift and replay. */
const totp = (secretBase32: string, issuer = 'Kinerja', label = '') =>
  new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_S,
    secret: Secret.fromBase32(secretBase32),
  });

/** A fresh random secret (160 bits, as RFC 4226 recommends), base32. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The `otpauth://totp/...` URL an authenticator app reads from the QR code. */
export const otpauthUrl = (secretBase32: string, account: string, issuer = 'Kinerja'): string =>
  totp(secretBase32, issuer, account).toString();

/** The code of a secret at an instant (tests and tools). */
export const totpCode = (secretBase32: string, nowMs: number): string =>
  totp(secretBase32).generate({ timestamp: nowMs });

/**
 * Checks a 6-digit code against the secret at `nowMs`, accepting one step of drift either side. Returns the
 * step the code belongs to, or null when it is wrong or a replay (its step is not after `lastStep`, the step of
 * the last accepted code).
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  nowMs: number,
  lastStep: number | null,
): number | null {
  if (!isTotpCodeShape(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: nowMs, window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = timeStep(nowMs) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}
