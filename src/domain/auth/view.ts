import { z } from 'zod';
import { ROLES } from '../permissions.js';

/**
 * The API shapes of sign-in, accounts and tokens, and of the public facts for the sign-in page: one zod schema
 * each (the routes' response schemas and the OpenAPI description), and the TypeScript type derived from it.
 */

/** The signed-in user as the session names it. */
export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  roles: z.array(z.enum(ROLES)),
  employeeId: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/**
 * The second factor of the signed-in account: whether it is on, whether its roles require it, the end of the
 * grace period for enrolling (required and not enrolled), and whether that has passed (only enrolment is open).
 */
export const mfaViewSchema = z.object({
  enabled: z.boolean(),
  required: z.boolean(),
  graceUntil: z.string().nullable(),
  blocked: z.boolean(),
});
export type MfaView = z.infer<typeof mfaViewSchema>;

/**
 * The answer of sign-in and of "who am I": the user and the CSRF token to send on writes; "who am I" adds the
 * second factor's status.
 */
export const sessionViewSchema = z.object({
  user: sessionUserSchema,
  csrfToken: z.string().nullable(),
  mfa: mfaViewSchema.optional(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

/** The password step of an account with a second factor: no session yet, the token for `POST /auth/login/totp`. */
export const mfaChallengeViewSchema = z.object({ mfaRequired: z.literal(true), mfaToken: z.string() });
export type MfaChallengeView = z.infer<typeof mfaChallengeViewSchema>;

/** `POST /auth/login`: a session, or the second step to take. */
export const loginViewSchema = z.union([sessionViewSchema, mfaChallengeViewSchema]);
export type LoginView = z.infer<typeof loginViewSchema>;

/** The second factor's state on the profile page. */
export const totpStatusViewSchema = mfaViewSchema.extend({
  enabledAt: z.string().nullable(),
  recoveryCodesLeft: z.number(),
  /** a setup was started and not yet confirmed with a code */
  setupPending: z.boolean(),
});
export type TotpStatusView = z.infer<typeof totpStatusViewSchema>;

/** Setup (api.md): the base32 secret and the `otpauth://` URL for the QR code; the only answers with the secret. */
export const totpSetupViewSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });
export type TotpSetupView = z.infer<typeof totpSetupViewSchema>;

/** Recovery codes, shown once (enabling, or making new ones). */
export const recoveryCodesViewSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesView = z.infer<typeof recoveryCodesViewSchema>;

/** An account (admin): the session's user with its state. */
export const userViewSchema = sessionUserSchema.extend({
  active: z.boolean(),
  /** a single sign-on subject is remembered for the account */
  ssoLinked: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserView = z.infer<typeof userViewSchema>;

/** One of my personal API tokens (the secret is never shown again). */
export const apiTokenViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenViewSchema>;

/** One of my sign-in sessions (a browser); `id` is the session's hash, never the cookie. */
export const authSessionViewSchema = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuthSessionView = z.infer<typeof authSessionViewSchema>;

/** A token just made: the only answer that carries the secret. */
export const createdTokenViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  token: z.string(),
  createdAt: z.string(),
});
export type CreatedTokenView = z.infer<typeof createdTokenViewSchema>;

/** Public facts the sign-in page needs: whether this is a demo, and then its accounts. */
export const metaViewSchema = z.object({
  name: z.string(),
  demo: z.boolean(),
  demoPassword: z.string().nullable(),
  demoAccounts: z.array(z.object({ username: z.string(), role: z.string(), description: z.string() })),
  /** single sign-on (OpenID Connect): whether the sign-in page offers it, and the button's label */
  sso: z.object({ enabled: z.boolean(), label: z.string() }),
  /**
   * the largest file the server accepts, in bytes, per kind of upload (evidence files, CSV/XLSX imports): the web
   * checks a chosen file against it before sending a byte (issue 12)
   */
  maxUploadBytes: z.object({ evidence: z.number().int().positive(), imports: z.number().int().positive() }),
});
export type MetaView = z.infer<typeof metaViewSchema>;
