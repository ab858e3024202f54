import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ROLES, type Role } from '../../domain/permissions.js';
import { parseOffsets } from '../../domain/reminders/schedule.js';

/**
 * The only place that reads `process.env`. Every key is documented here and in `.env.example`.
 * A bad value stops the start with a message naming each bad key.
 */
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1' || v === 'yes'));

const schema = z.object({
  /** Port to listen on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Address to listen on. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** PostgreSQL connection string; unset → embedded PGlite under KINERJA_DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Connections in the PostgreSQL pool of each server process (PGlite is one connection anyway). */
  KINERJA_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** PGlite database and evidence files. */
  KINERJA_DATA_DIR: z.string().min(1).default('./data'),
  /** Seed the Kemuning demo data when the database is empty (default true for `npm start`). */
  KINERJA_DEMO: z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
  /** On an empty database, create this account with roles admin and hr_admin (the password policy of `/users` is
   * applied when the account is created: see bootstrap.ts). */
  KINERJA_ADMIN_USERNAME: z.string().min(3).max(64).optional(),
  KINERJA_ADMIN_PASSWORD: z.string().min(1).max(200).optional(),
  /** Largest evidence / import file, in megabytes. */
  KINERJA_MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(10),
  /** Most data rows one import file (progress, employees, units) may hold; more → 413 before the rest is read. */
  KINERJA_IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(5000),
  /** Uploads (imports and evidence files) one user may have in flight at once; one more → 429. */
  KINERJA_UPLOADS_PER_USER: z.coerce.number().int().min(1).max(100).default(2),
  /** Highest achievement percentage a progress entry can show (domain §4: configurable, default 200). */
  KINERJA_ACHIEVEMENT_CAP: z.coerce.number().min(100).max(1000).default(200),
  /** Idle lifetime of a login session, in minutes. */
  KINERJA_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(43200).default(480),
  /** Absolute lifetime of a login session, in hours. */
  KINERJA_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(8760).default(24),
  /** Mark the session cookie Secure (set to true when served over HTTPS). */
  KINERJA_SECURE_COOKIES: bool(false),
  /**
   * Trust X-Forwarded-* headers from one reverse proxy (for client IPs and HTTPS detection); the same as
   * KINERJA_TRUSTED_PROXY_HOPS=1 when that is unset.
   */
  KINERJA_TRUST_PROXY: bool(false),
  /**
   * Number of reverse proxies in front of the server: the client address is the X-Forwarded-For entry this many
   * hops from the right (the socket counts as the first), never the left-most value a client can forge. 0: none.
   */
  KINERJA_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(20).optional(),
  /**
   * Secret for signing device cookies (HMAC-SHA256), at least 32 characters; unset → a random secret is made once
   * and kept in the database (shared by every server process).
   */
  KINERJA_SECRET: z.string().min(32).max(1000).optional(),
  /** Failed logins per username (from devices that have not signed in as it) within the window before 429. */
  KINERJA_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  /** Throttling window for failed logins, in minutes. */
  KINERJA_LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /**
   * Roles whose accounts must use a second factor (TOTP), comma-separated; empty: none. An account that has not
   * enrolled may work normally for KINERJA_MFA_GRACE_DAYS after its first sign-in under the requirement.
   */
  KINERJA_MFA_REQUIRED_ROLES: z.string().max(500).default('admin,hr_admin'),
  /** Days an account with a required role may work before enrolling a second factor (0: enrol at once). */
  KINERJA_MFA_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(14),
  /** SMTP server for e-mail, e.g. smtp://user:pass@host:587 (smtps:// for TLS); unset → e-mails go to the log. */
  KINERJA_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** Sender of e-mails. */
  KINERJA_MAIL_FROM: z.string().min(3).max(200).default('Kinerja <kinerja@localhost>'),
  /** Attempts to send one e-mail before it is marked failed (with exponential backoff between them). */
  KINERJA_MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  /** Address of the web app, to make the links in e-mails absolute (e.g. https://kinerja.example.go.id). */
  KINERJA_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Seconds between scheduler runs (outbox, reminders, overdue actions); 0 disables the scheduler. */
  KINERJA_SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Days before a deadline on which reminders go out, comma-separated. */
  KINERJA_REMINDER_OFFSETS_DAYS: z.string().default('14,7,1'),
  /**
   * Single sign-on (OpenID Connect, e.g. Keycloak): the issuer URL (the realm's, e.g.
   * https://sso.example.go.id/realms/pemda). SSO is on only when the issuer and the client id are both set.
   */
  KINERJA_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  /** The client id registered at the provider. */
  KINERJA_OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
  /** The client secret (confidential client); unset → a public client (PKCE only). */
  KINERJA_OIDC_CLIENT_SECRET: z.string().min(1).max(1000).optional(),
  /**
   * The redirect URI registered at the provider; unset → KINERJA_PUBLIC_URL + /api/v1/auth/oidc/callback, or else
   * derived from the request's address.
   */
  KINERJA_OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Scopes asked for, space-separated (must include openid). */
  KINERJA_OIDC_SCOPES: z
    .string()
    .max(500)
    .default('openid profile')
    .refine((v) => v.split(/\s+/).includes('openid'), 'must include openid'),
  /** The claim carrying the username or the NIP the account is linked by (e.g. preferred_username or nip). */
  KINERJA_OIDC_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/)
    .default('preferred_username'),
  /** The label of the SSO button on the sign-in page. */
  KINERJA_OIDC_LABEL: z.string().min(1).max(60).default('SSO'),
  /** Allow an http:// issuer (tests and development only; a real provider must use HTTPS). */
  KINERJA_OIDC_ALLOW_HTTP: bool(false),
  /**
   * HTTP server processes on this machine (node:cluster, one port): a number 1–64 or `auto` (the available cores).
   * More than one needs PostgreSQL: the embedded database is opened by one process only (`auto` there means 1).
   */
  KINERJA_WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  /** Log level: fatal, error, warn, info, debug, trace, silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** connections in the PostgreSQL pool */
  dbPoolSize: number;
  dataDir: string;
  demo: boolean;
  admin: { username: string; password: string } | undefined;
  maxUploadBytes: number;
  /** most data rows in one import file */
  importMaxRows: number;
  /** uploads one user may have in flight at once */
  uploadsPerUser: number;
  /** achievement cap in percent, applied when a progress entry is written */
  achievementCap: number;
  sessionIdleMs: number;
  sessionMaxMs: number;
  secureCookies: boolean;
  /** reverse proxies trusted for X-Forwarded-*; 0: the socket address is the client */
  trustedProxyHops: number;
  /** HMAC secret for device cookies; undefined: kept in the database */
  secret: string | undefined;
  loginMaxFailures: number;
  loginWindowMs: number;
  /** roles that must enrol a second factor (TOTP) */
  mfaRequiredRoles: Role[];
  /** days an account with a required role may work before enrolling */
  mfaGraceDays: number;
  mail: {
    /** unset: e-mails are written to the log and marked sent */
    smtpUrl: string | undefined;
    from: string;
    maxAttempts: number;
    publicUrl: string | undefined;
  };
  /** 0: the in-process scheduler is off */
  schedulerIntervalMs: number;
  /** days before a deadline, largest first */
  reminderOffsetsDays: number[];
  /** single sign-on (OpenID Connect); undefined: off */
  oidc: OidcConfig | undefined;
  /** HTTP server processes (node:cluster); 1: this process serves alone */
  workers: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** undefined: a public client (PKCE only) */
  clientSecret: string | undefined;
  /** undefined: derived from KINERJA_PUBLIC_URL or the request */
  redirectUrl: string | undefined;
  scopes: string;
  /** the claim holding the username or NIP */
  claim: string;
  label: string;
  allowHttp: boolean;
}

/** Whether a listen address is reachable from this machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice('::ffff:'.length) : h;
  return /^127(\.\d{1,3}){3}$/.test(v4);
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Reads and validates the configuration. `demoDefault` is true for `npm start` (api.md: KINERJA_DEMO defaults to
 * true there and to false otherwise).
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  options: { demoDefault?: boolean } = {},
): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (Boolean(e.KINERJA_ADMIN_USERNAME) !== Boolean(e.KINERJA_ADMIN_PASSWORD)) {
    problems.push('KINERJA_ADMIN_USERNAME and KINERJA_ADMIN_PASSWORD must be set together');
  }
  let reminderOffsetsDays: number[] = [];
  try {
    reminderOffsetsDays = parseOffsets(e.KINERJA_REMINDER_OFFSETS_DAYS);
  } catch (err) {
    problems.push(`KINERJA_REMINDER_OFFSETS_DAYS: ${(err as Error).message}`);
  }
  const mfaRequiredRoles = e.KINERJA_MFA_REQUIRED_ROLES.split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknownRoles = mfaRequiredRoles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknownRoles.length)
    problems.push(
      `KINERJA_MFA_REQUIRED_ROLES: unknown role(s) ${unknownRoles.join(', ')}; roles are ${ROLES.join(', ')}`,
    );
  const demoRaw = e.KINERJA_DEMO;
  // demo safety (issue 11): the demo accounts share a published password, so demo data reachable from other
  // machines must be asked for, not fallen into by `npm start` on a server
  if (demoRaw === undefined && options.demoDefault && !isLoopback(e.HOST))
    problems.push(
      `KINERJA_DEMO: the demo data (demo accounts with a published password) is on by default, and HOST=${e.HOST} ` +
        'is reachable from other machines. Set KINERJA_DEMO=false for a real installation, or KINERJA_DEMO=true ' +
        'to serve the demo on this address on purpose.',
    );
  if (Boolean(e.KINERJA_OIDC_ISSUER) !== Boolean(e.KINERJA_OIDC_CLIENT_ID)) {
    problems.push('KINERJA_OIDC_ISSUER and KINERJA_OIDC_CLIENT_ID must be set together');
  }
  if (e.KINERJA_OIDC_ISSUER?.startsWith('http:') && !e.KINERJA_OIDC_ALLOW_HTTP) {
    problems.push(
      'KINERJA_OIDC_ISSUER: an http:// issuer is refused; use HTTPS (or KINERJA_OIDC_ALLOW_HTTP=true for development)',
    );
  }
  if (typeof e.KINERJA_WORKERS === 'number' && e.KINERJA_WORKERS > 1 && !e.DATABASE_URL)
    problems.push(
      `KINERJA_WORKERS: ${e.KINERJA_WORKERS} server processes need PostgreSQL (DATABASE_URL); the embedded ` +
        'database (PGlite) can be opened by one process only. Unset KINERJA_WORKERS or set it to 1.',
    );
  if (problems.length) throw new ConfigError(problems);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dbPoolSize: e.KINERJA_DB_POOL_SIZE,
    dataDir: resolve(e.KINERJA_DATA_DIR),
    demo: demoRaw === undefined ? (options.demoDefault ?? false) : ['true', '1', 'yes'].includes(demoRaw),
    admin:
      e.KINERJA_ADMIN_USERNAME && e.KINERJA_ADMIN_PASSWORD
        ? { username: e.KINERJA_ADMIN_USERNAME, password: e.KINERJA_ADMIN_PASSWORD }
        : undefined,
    maxUploadBytes: Math.round(e.KINERJA_MAX_UPLOAD_MB * 1024 * 1024),
    importMaxRows: e.KINERJA_IMPORT_MAX_ROWS,
    uploadsPerUser: e.KINERJA_UPLOADS_PER_USER,
    achievementCap: e.KINERJA_ACHIEVEMENT_CAP,
    sessionIdleMs: e.KINERJA_SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.KINERJA_SESSION_MAX_HOURS * 3_600_000,
    secureCookies: e.KINERJA_SECURE_COOKIES,
    trustedProxyHops: e.KINERJA_TRUSTED_PROXY_HOPS ?? (e.KINERJA_TRUST_PROXY ? 1 : 0),
    secret: e.KINERJA_SECRET,
    loginMaxFailures: e.KINERJA_LOGIN_MAX_FAILURES,
    loginWindowMs: e.KINERJA_LOGIN_WINDOW_MINUTES * 60_000,
    mfaRequiredRoles: [...new Set(mfaRequiredRoles as Role[])],
    mfaGraceDays: e.KINERJA_MFA_GRACE_DAYS,
    mail: {
      smtpUrl: e.KINERJA_SMTP_URL,
      from: e.KINERJA_MAIL_FROM,
      maxAttempts: e.KINERJA_MAIL_MAX_ATTEMPTS,
      publicUrl: e.KINERJA_PUBLIC_URL?.replace(/\/+$/, ''),
    },
    schedulerIntervalMs: e.KINERJA_SCHEDULER_INTERVAL_SECONDS * 1000,
    reminderOffsetsDays,
    oidc:
      e.KINERJA_OIDC_ISSUER && e.KINERJA_OIDC_CLIENT_ID
        ? {
            issuer: e.KINERJA_OIDC_ISSUER,
            clientId: e.KINERJA_OIDC_CLIENT_ID,
            clientSecret: e.KINERJA_OIDC_CLIENT_SECRET,
            redirectUrl: e.KINERJA_OIDC_REDIRECT_URL,
            scopes: e.KINERJA_OIDC_SCOPES.trim().split(/\s+/).join(' '),
            claim: e.KINERJA_OIDC_CLAIM,
            label: e.KINERJA_OIDC_LABEL,
            allowHttp: e.KINERJA_OIDC_ALLOW_HTTP,
          }
        : undefined,
    workers: e.KINERJA_WORKERS === 'auto' ? (e.DATABASE_URL ? availableParallelism() : 1) : e.KINERJA_WORKERS,
    logLevel: e.LOG_LEVEL,
  };
}

/**
 * The index (1…KINERJA_WORKERS) of this server process when it is one of several started by `main.ts` with
 * node:cluster (the primary sets KINERJA_WORKER_INDEX when it forks; not a setting for users); undefined otherwise.
 */
export function clusterWorkerIndex(
  env: Record<string, string | undefined> = process.env,
): number | undefined {
  const n = Number(env.KINERJA_WORKER_INDEX);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** Test and tool code read TEST_DATABASE_URL through here, keeping process.env in one module. */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.TEST_DATABASE_URL || undefined;
}
