// The sign-in's input rules without zod: the sign-in page checks them before sending, and zod (≈25 KB compressed)
// stays out of the first screen a phone downloads (issue 12). `loginSchema` is built from the same limits.

export const LOGIN_LIMITS = { username: 64, password: 200 } as const;

export interface LoginInput {
  username: string;
  password: string;
}

export type LoginIssue = { code: 'required' } | { code: 'tooLong'; max: number };

/** What `loginSchema` would refuse in a sign-in, per field (the user name is trimmed first, as the schema does). */
export function loginIssues(input: LoginInput): Partial<Record<keyof LoginInput, LoginIssue>> {
  const issues: Partial<Record<keyof LoginInput, LoginIssue>> = {};
  const check = (field: keyof LoginInput, length: number) => {
    if (length === 0) issues[field] = { code: 'required' };
    else if (length > LOGIN_LIMITS[field]) issues[field] = { code: 'tooLong', max: LOGIN_LIMITS[field] };
  };
  check('username', input.username.trim().length);
  check('password', input.password.length);
  return issues;
}
