import { describe, expect, it } from 'vitest';
import { timeStep } from '../../../domain/auth/totp.js';
import { newTotpSecret, otpauthUrl, totpCode, verifyTotp } from './totp-code.js';

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" (base32 below), 8 digits there; 6 here are the tail.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const T = Date.UTC(2026, 10, 29, 3, 0, 0);

describe('verifyTotp', () => {
  it('when the code is the one of RFC 6238 at 59 s, then it is accepted with its step', () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe('287082');
    expect(verifyTotp(RFC_SECRET, '287082', 59_000, null)).toBe(1);
  });

  it('when the code is of the step before or after now, then it is accepted (±1 step of drift)', () => {
    const now = T + 10_000;
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 30_000), now, null)).toBe(timeStep(now) - 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now + 30_000), now, null)).toBe(timeStep(now) + 1);
  });

  it('when the code is two steps away, then it is refused', () => {
    const now = T + 10_000;
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 60_000), now, null)).toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now + 60_000), now, null)).toBeNull();
  });

  it('when the code step is not after the last accepted step, then it is refused as a replay', () => {
    const code = totpCode(RFC_SECRET, T);
    const step = verifyTotp(RFC_SECRET, code, T, null);
    expect(step).toBe(timeStep(T));
    expect(verifyTotp(RFC_SECRET, code, T + 5_000, step)).toBeNull();
    // an older (still in the window) code after a newer one was used is a replay too
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, T - 30_000), T, step)).toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, T + 30_000), T + 30_000, step)).toBe(step! + 1);
  });

  it('when the code is not six digits, then it is refused', () => {
    for (const bad of ['', '12345', '1234567', 'abcdef', ' 287082']) {
      expect(verifyTotp(RFC_SECRET, bad, 59_000, null)).toBeNull();
    }
  });

  it('when a secret is made, then it is 32 base32 characters and its URL names the account', () => {
    const s = newTotpSecret();
    expect(s).toMatch(/^[A-Z2-7]{32}$/);
    const url = otpauthUrl(s, 'admin.satu');
    expect(url).toMatch(/^otpauth:\/\/totp\/Kinerja:admin\.satu\?/);
    expect(url).toContain(`secret=${s}`);
    expect(url).toContain('algorithm=SHA1');
    expect(url).toContain('digits=6');
    expect(url).toContain('period=30');
  });
});
