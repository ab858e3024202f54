import { describe, expect, it } from 'vitest';
import { mfaStatus, normalizeRecoveryCode, recoveryCodeFrom } from './totp.js';

describe('recovery codes', () => {
  it('when made from bytes, then they have the xxxxx-xxxxx shape and normalise without dash or case', () => {
    const code = recoveryCodeFrom(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(code).toBe('abcde-fghjk');
    expect(normalizeRecoveryCode(' ABCDE-fghjk ')).toBe('abcdefghjk');
  });
});

describe('mfaStatus', () => {
  const required = ['admin', 'hr_admin'] as const;
  const start = new Date('2026-11-01T00:00:00Z');

  it('when no role requires it, then it is neither required nor blocking', () => {
    expect(
      mfaStatus({ roles: ['employee'], totpEnabledAt: null, mfaGraceStartedAt: null }, required, 14, start),
    ).toEqual({ enabled: false, required: false, graceUntil: null, blocked: false });
  });

  it('when required and within the grace period, then the deadline is given and nothing blocks', () => {
    const s = mfaStatus(
      { roles: ['admin'], totpEnabledAt: null, mfaGraceStartedAt: start },
      required,
      14,
      new Date('2026-11-14T23:59:59Z'),
    );
    expect(s).toEqual({
      enabled: false,
      required: true,
      graceUntil: new Date('2026-11-15T00:00:00Z'),
      blocked: false,
    });
  });

  it('when required and the grace period is over, then it blocks; enrolled, it never does', () => {
    const after = new Date('2026-11-15T00:00:00Z');
    expect(
      mfaStatus({ roles: ['hr_admin'], totpEnabledAt: null, mfaGraceStartedAt: start }, required, 14, after)
        .blocked,
    ).toBe(true);
    expect(
      mfaStatus({ roles: ['hr_admin'], totpEnabledAt: start, mfaGraceStartedAt: start }, required, 14, after),
    ).toEqual({ enabled: true, required: true, graceUntil: null, blocked: false });
  });

  it('when required but the grace period has not started, then nothing blocks yet', () => {
    expect(
      mfaStatus({ roles: ['admin'], totpEnabledAt: null, mfaGraceStartedAt: null }, required, 0, start)
        .blocked,
    ).toBe(false);
  });
});
