import { describe, expect, it } from 'vitest';
import { passwordProblem, PASSWORD_PROBLEM_TEXT } from './schemas.js';

describe('the password policy outside the API (bootstrap admin, CLI)', () => {
  it('when a password is long, uncommon and free of the username, then it passes', () => {
    expect(passwordProblem('Pelangi-Senja-7319', 'admin')).toBeNull();
  });

  it('when a password is short, too long, common or contains the username, then the rule it breaks is named', () => {
    expect(passwordProblem('rahasia1', 'admin')).toBe('auth.passwordTooShort');
    expect(passwordProblem('x'.repeat(150) + 'Pelangi-Senja-7319'.repeat(4), 'admin')).toBe(
      'auth.passwordTooLong',
    );
    expect(passwordProblem('kemuning2026', 'admin')).toBe('auth.passwordCommon');
    expect(passwordProblem('password123456', 'admin')).toBe('auth.passwordCommon');
    expect(passwordProblem('Pelangi-Administrator-7', 'Administrator')).toBe('auth.passwordHasUsername');
  });

  it('when a rule is broken, then its text says so in Indonesian and English', () => {
    for (const text of Object.values(PASSWORD_PROBLEM_TEXT))
      expect(text).toMatch(/^kata sandi .+ \/ the password /);
  });
});
