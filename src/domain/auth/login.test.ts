import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOGIN_LIMITS, loginIssues } from './login.js';
import { loginSchema } from './schemas.js';

/** The fields loginSchema refuses, to compare with the zod-free check of the sign-in page. */
const schemaFailures = (input: { username: string; password: string }) => {
  const result = loginSchema.safeParse(input);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => String(i.path[0])))].sort();
};

describe('loginIssues (the sign-in page checks without zod)', () => {
  it('when a field is empty or blank, then it is required; over its limit, then too long', () => {
    expect(loginIssues({ username: '', password: '' })).toEqual({
      username: { code: 'required' },
      password: { code: 'required' },
    });
    expect(loginIssues({ username: '   ', password: ' ' })).toEqual({ username: { code: 'required' } });
    expect(
      loginIssues({ username: 'a'.repeat(65), password: 'b'.repeat(LOGIN_LIMITS.password + 1) }),
    ).toEqual({
      username: { code: 'tooLong', max: 64 },
      password: { code: 'tooLong', max: 200 },
    });
    expect(loginIssues({ username: ` ${'a'.repeat(64)} `, password: 'b'.repeat(200) })).toEqual({});
  });

  it('for any input, then it refuses exactly the fields loginSchema refuses', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom(' ', '\t \n', 'a'.repeat(64), 'a'.repeat(65), 'b'.repeat(200), 'b'.repeat(201)),
      fc.string({ minLength: 60, maxLength: 210 }),
    );
    fc.assert(
      fc.property(text, text, (username, password) => {
        expect(Object.keys(loginIssues({ username, password })).sort()).toEqual(
          schemaFailures({ username, password }),
        );
      }),
    );
  });
});
