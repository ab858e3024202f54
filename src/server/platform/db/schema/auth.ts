import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '../../../../domain/permissions.js';
import { id, ts, timestamps } from './columns.js';
import { employees } from './org.js';

/** Accounts: users, sessions, personal API tokens, login throttling. */

export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles')
      .array()
      .$type<Role[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    employeeId: uuid('employee_id').references(() => employees.id, { onDelete: 'set null' }),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    passwordChangedAt: ts('password_changed_at').notNull().defaultNow(),
    /** The OpenID Connect subject (`sub`) remembered at the first single sign-on; later ones must match it. */
    oidcSubject: text('oidc_subject'),
    /** The TOTP secret (second factor) once enabled, AES-256-GCM encrypted with a key from the server secret. */
    totpSecret: text('totp_secret'),
    /** A secret made by setup, encrypted like `totpSecret`, until a code from it enables the second factor. */
    totpPendingSecret: text('totp_pending_secret'),
    totpEnabledAt: ts('totp_enabled_at'),
    /** The last accepted TOTP time step (unix time / 30 s): a code of this step or an earlier one is a replay. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    /** SHA-256 hashes of the unused recovery codes (each works once). */
    totpRecoveryCodes: text('totp_recovery_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** When the grace period for enrolling a required second factor began (the first sign-in after it applied). */
    mfaGraceStartedAt: ts('mfa_grace_started_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    uniqueIndex('users_oidc_subject_uq').on(t.oidcSubject),
    index('users_employee_idx').on(t.employeeId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value; the raw token is never stored. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
    ...timestamps,
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** SHA-256 of the token; the token itself is shown once. */
    tokenHash: text('token_hash').notNull(),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    username: text('username').notNull(),
    /**
     * The source: a client address (a sign-in from an unknown device), `device:<nonce>` (a sign-in presenting a
     * valid device cookie) or `password` (a wrong current password when changing it).
     */
    ip: text('ip').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [
    index('login_failures_user_idx').on(t.username, t.at),
    index('login_failures_ip_idx').on(t.ip, t.at),
  ],
);

/**
 * A password sign-in waiting for its second factor: the token is given to the browser and stored as its SHA-256
 * only; valid for five minutes, single use, burnt after too many wrong codes.
 */
export const mfaChallenges = pgTable(
  'mfa_challenges',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** the throttling source of the password step (`device:<nonce>` or the client address) */
    source: text('source').notNull(),
    knownDevice: boolean('known_device').notNull(),
    failures: integer('failures').notNull().default(0),
    expiresAt: ts('expires_at').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('mfa_challenges_user_idx').on(t.userId), index('mfa_challenges_expires_idx').on(t.expiresAt)],
);
