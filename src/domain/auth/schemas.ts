import { z } from 'zod';
import { ROLES } from '../permissions.js';
import { isCommonPassword } from './common-passwords.js';
import { LOGIN_LIMITS } from './login.js';

export const loginSchema = z.object({
  username: z.string().trim().min(1).max(LOGIN_LIMITS.username),
  password: z.string().min(1).max(LOGIN_LIMITS.password),
});

/**
 * A new password (creating an account, resetting or changing one): at least 10 characters and not a common one.
 * Existing passwords are not re-checked; signing in takes any stored password. Messages are i18n keys.
 */
export const passwordSchema = z
  .string()
  .min(10, { error: 'auth.passwordTooShort', abort: true })
  .max(200, { abort: true })
  .refine((p) => !isCommonPassword(p), { error: 'auth.passwordCommon' });

/** A new password must not contain the account's username (NIPs are public in the directory). */
export const containsUsername = (password: string, username: string) =>
  username.length >= 4 && password.toLowerCase().includes(username.trim().toLowerCase());

export type PasswordProblem =
  'auth.passwordTooShort' | 'auth.passwordTooLong' | 'auth.passwordCommon' | 'auth.passwordHasUsername';

/**
 * The password policy of `/users` in one place, for the callers outside the API (the bootstrap admin, the CLI
 * `create-admin`): the i18n key of the first rule a new password breaks, or null when it passes.
 */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'too_big') return 'auth.passwordTooLong';
    return issue.message === 'auth.passwordCommon' ? 'auth.passwordCommon' : 'auth.passwordTooShort';
  }
  return containsUsername(password, username) ? 'auth.passwordHasUsername' : null;
}

/** Each rule in words, for the command line and the server log (Indonesian, then English). */
export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  'auth.passwordTooShort':
    'kata sandi minimal 10 karakter / the password must be at least 10 characters long',
  'auth.passwordTooLong':
    'kata sandi paling banyak 200 karakter / the password must be at most 200 characters long',
  'auth.passwordCommon':
    'kata sandi ini terlalu umum dan mudah ditebak / the password is too common and easy to guess',
  'auth.passwordHasUsername':
    'kata sandi tidak boleh memuat nama pengguna / the password must not contain the username',
};

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/);

export const createUserSchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  employeeId: z.uuid().nullish(),
});

export const updateUserSchema = z.object({
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
  active: z.boolean().optional(),
  employeeId: z.uuid().nullable().optional(),
  /** false: forget the single sign-on subject, so the next SSO sign-in links the account again */
  ssoLinked: z.literal(false).optional(),
  version: z.int().positive().optional(),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const resetPasswordSchema = z.object({ password: passwordSchema });

export const createTokenSchema = z.object({ name: z.string().trim().min(1).max(100) });

/** A TOTP code (six digits) or a recovery code (`xxxxx-xxxxx`). */
export const mfaCodeSchema = z.string().trim().min(1).max(32);

/** The second step of a sign-in (api.md): the token of the password step and a code. */
export const loginTotpSchema = z.object({ mfaToken: z.string().min(1).max(200), code: mfaCodeSchema });

/** Enabling the second factor, or new recovery codes: a current code. */
export const totpCodeSchema = z.object({ code: mfaCodeSchema });

/** Turning the second factor off: the password and a current code. */
export const disableTotpSchema = z.object({ password: z.string().min(1).max(200), code: mfaCodeSchema });
