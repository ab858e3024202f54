import type { Role } from '../permissions.js';

/**
 * The second factor (api.md): TOTP per RFC 6238 with SHA-1, 6 digits and 30-second steps, base32 secrets.
 * Pure rules: recovery code shapes, and whether an account must enrol (and until when it may wait). The code
 * checks themselves (with `otpauth`) are in the server's auth module (`totp-code.ts`).
 */
export const TOTP_PERIOD_S = 30;
export const TOTP_DIGITS = 6;
/** Steps of clock drift accepted either side of now. */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

/** The time step of an instant. */
export const timeStep = (nowMs: number): number => Math.floor(nowMs / 1000 / TOTP_PERIOD_S);

export const isTotpCodeShape = (code: string): boolean => /^\d{6}$/.test(code);

/** Recovery codes: `xxxxx-xxxxx` from an alphabet without look-alikes (about 50 bits each). */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Makes a recovery code from random bytes (at least 10). */
export function recoveryCodeFrom(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += RECOVERY_ALPHABET[bytes[i]! % RECOVERY_ALPHABET.length];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** The form a recovery code is hashed in: lower case, without spaces or dashes. */
export const normalizeRecoveryCode = (code: string): string => code.toLowerCase().replace(/[\s-]/g, '');

export interface MfaState {
  roles: readonly Role[];
  totpEnabledAt: Date | null;
  mfaGraceStartedAt: Date | null;
}

export interface MfaStatus {
  enabled: boolean;
  /** one of the account's roles requires a second factor */
  required: boolean;
  /** required and not enrolled: the end of the grace period (null while it has not started) */
  graceUntil: Date | null;
  /** required, not enrolled, and the grace period is over: only the enrolment routes are open */
  blocked: boolean;
}

export const mfaRequiredFor = (roles: readonly Role[], requiredRoles: readonly Role[]): boolean =>
  roles.some((r) => requiredRoles.includes(r));

/** Whether the account must enrol, and until when it may wait (grace counted from `mfaGraceStartedAt`). */
export function mfaStatus(
  state: MfaState,
  requiredRoles: readonly Role[],
  graceDays: number,
  now: Date,
): MfaStatus {
  const enabled = state.totpEnabledAt !== null;
  const required = mfaRequiredFor(state.roles, requiredRoles);
  if (enabled || !required || !state.mfaGraceStartedAt)
    return { enabled, required, graceUntil: null, blocked: false };
  const graceUntil = new Date(state.mfaGraceStartedAt.getTime() + graceDays * 86_400_000);
  return { enabled, required, graceUntil, blocked: now.getTime() >= graceUntil.getTime() };
}
