import { and, count, desc, eq, gt, ilike, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import {
  apiTokens,
  employees,
  loginFailures,
  mfaChallenges,
  sessions,
  users,
} from '../../platform/db/schema.js';

export type UserRow = typeof users.$inferSelect;

export const findUserByUsername = async (db: Executor, username: string): Promise<UserRow | undefined> =>
  (
    await db
      .select()
      .from(users)
      .where(sql`lower(${users.username}) = lower(${username})`)
      .limit(1)
  )[0];

export const findUserById = async (db: Executor, id: string): Promise<UserRow | undefined> =>
  (await db.select().from(users).where(eq(users.id, id)).limit(1))[0];

export const findUserByEmployee = async (db: Executor, employeeId: string): Promise<UserRow | undefined> =>
  (await db.select().from(users).where(eq(users.employeeId, employeeId)).limit(1))[0];

export const findUserByOidcSubject = async (db: Executor, subject: string): Promise<UserRow | undefined> =>
  (await db.select().from(users).where(eq(users.oidcSubject, subject)).limit(1))[0];

/** The accounts linked to the employee with this NIP (normally at most one). */
export const findUsersByNip = (db: Executor, nip: string): Promise<UserRow[]> =>
  db
    .select({ user: users })
    .from(users)
    .innerJoin(employees, eq(employees.id, users.employeeId))
    .where(eq(employees.nip, nip))
    .orderBy(users.username)
    .limit(2)
    .then((rows) => rows.map((r) => r.user));

/** Remembers the OIDC subject of an account that has none yet; false when another request got there first. */
export const claimOidcSubject = async (db: Executor, userId: string, subject: string, at: Date) =>
  (
    await db
      .update(users)
      .set({ oidcSubject: subject, updatedAt: at, version: sql`${users.version} + 1` })
      .where(and(eq(users.id, userId), isNull(users.oidcSubject)))
      .returning({ id: users.id })
  ).length === 1;

export async function listUsers(db: Executor, q: string | undefined, limit: number, offset: number) {
  const where = q ? ilike(users.username, `%${q.replace(/[%_\\]/g, '\\$&')}%`) : undefined;
  const [items, [total]] = await Promise.all([
    db.select().from(users).where(where).orderBy(users.username).limit(limit).offset(offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Sources of failures that are not client addresses (see `loginFailures.ip`). */
export const PASSWORD_SOURCE = 'password';
/** Wrong codes when managing the second factor (enable, new recovery codes, disable). */
export const TOTP_SOURCE = 'totp';
const notAddress = sql`(${loginFailures.ip} LIKE 'device:%' OR ${loginFailures.ip} IN (${PASSWORD_SOURCE}, ${TOTP_SOURCE}))`;

export interface FailureStats {
  n: number;
  /** when the failure that reached the current multiple of the limit happened (the start of the current lock) */
  tierStart: Date | null;
}

/** Counts failures; once there are `limit` or more, also finds the one that reached the last multiple of it. */
async function stats(db: Executor, where: SQL | undefined, limit: number): Promise<FailureStats> {
  const [row] = await db.select({ n: count() }).from(loginFailures).where(where);
  const n = row?.n ?? 0;
  if (n < limit) return { n, tierStart: null };
  const [nth] = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(where)
    .orderBy(loginFailures.at, loginFailures.id)
    .offset(Math.floor(n / limit) * limit - 1)
    .limit(1);
  return { n, tierStart: nth?.at ?? null };
}

/** Sign-in failures since `since` of a username from unknown devices, and of a client address. */
export async function unknownDeviceFailures(
  db: Executor,
  q: { username: string; ip: string; since: Date; userLimit: number; ipLimit: number },
) {
  const [byUser, byIp] = await Promise.all([
    stats(
      db,
      and(eq(loginFailures.username, q.username), gt(loginFailures.at, q.since), sql`NOT ${notAddress}`),
      q.userLimit,
    ),
    stats(db, and(eq(loginFailures.ip, q.ip), gt(loginFailures.at, q.since)), q.ipLimit),
  ]);
  return { byUser, byIp };
}

/** Failures of one source (a device, or wrong current passwords) for a username since `since`. */
export const sourceFailures = (db: Executor, username: string, source: string, since: Date, limit: number) =>
  stats(
    db,
    and(eq(loginFailures.username, username), eq(loginFailures.ip, source), gt(loginFailures.at, since)),
    limit,
  );

export async function recordFailure(db: Executor, username: string, ip: string, at: Date, purgeBefore: Date) {
  await db.insert(loginFailures).values({ username, ip, at });
  await db.delete(loginFailures).where(lt(loginFailures.at, purgeBefore));
}

/** After a sign-in from an unknown device: its address failures for the username go (not devices' nor passwords'). */
export const clearFailures = (db: Executor, username: string) =>
  db.delete(loginFailures).where(and(eq(loginFailures.username, username), sql`NOT ${notAddress}`));

export const clearSourceFailures = (db: Executor, username: string, source: string) =>
  db.delete(loginFailures).where(and(eq(loginFailures.username, username), eq(loginFailures.ip, source)));

export async function insertSession(db: Executor, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

export async function findSession(db: Executor, id: string) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  return row;
}

export const touchSession = (db: Executor, id: string, at: Date) =>
  db.update(sessions).set({ lastSeenAt: at, updatedAt: at }).where(eq(sessions.id, id));

export const deleteSession = (db: Executor, id: string) => db.delete(sessions).where(eq(sessions.id, id));

export const deleteUserSessions = (db: Executor, userId: string, except?: string) =>
  db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), except ? sql`${sessions.id} <> ${except}` : undefined));

export const purgeExpiredSessions = (db: Executor, now: Date) =>
  db.delete(sessions).where(lt(sessions.expiresAt, now));

export async function findToken(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return row;
}

export const listTokens = (db: Executor, userId: string) =>
  db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt))
    .limit(200);

export const touchToken = (db: Executor, id: string, at: Date) =>
  db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));

export const listSessions = (db: Executor, userId: string, now: Date) =>
  db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt))
    .limit(200);

/** Second factor: the TOTP columns of an account (no version bump: roles edits do not yield to it). */
export const updateTotp = (
  db: Executor,
  userId: string,
  set: Partial<
    Pick<UserRow, 'totpSecret' | 'totpPendingSecret' | 'totpEnabledAt' | 'totpLastStep' | 'totpRecoveryCodes'>
  >,
  now: Date,
) =>
  db
    .update(users)
    .set({ ...set, updatedAt: now })
    .where(eq(users.id, userId))
    .returning({ id: users.id });

/** Takes a TOTP time step as used unless it (or a later one) already was: false for a replay. */
export async function useTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), sql`(${users.totpLastStep} IS NULL OR ${users.totpLastStep} < ${step})`))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Consumes one recovery code (by its hash): false when it is not (or no longer) among the unused ones. */
export async function useRecoveryCode(db: Executor, userId: string, hash: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpRecoveryCodes: sql`array_remove(${users.totpRecoveryCodes}, ${hash})` })
    .where(and(eq(users.id, userId), sql`${hash} = ANY(${users.totpRecoveryCodes})`))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Starts the grace period for enrolling a second factor, once (and only while not enrolled). */
export const startMfaGrace = (db: Executor, userId: string, now: Date) =>
  db
    .update(users)
    .set({ mfaGraceStartedAt: now })
    .where(and(eq(users.id, userId), isNull(users.mfaGraceStartedAt), isNull(users.totpEnabledAt)));

export type MfaChallengeRow = typeof mfaChallenges.$inferSelect;

export async function insertMfaChallenge(db: Executor, row: typeof mfaChallenges.$inferInsert, now: Date) {
  await db.delete(mfaChallenges).where(lt(mfaChallenges.expiresAt, now));
  await db.insert(mfaChallenges).values(row);
}

export const findMfaChallenge = async (db: Executor, id: string): Promise<MfaChallengeRow | undefined> =>
  (await db.select().from(mfaChallenges).where(eq(mfaChallenges.id, id)).limit(1))[0];

/** Counts a wrong code against the challenge; returns the count after it. */
export async function failMfaChallenge(db: Executor, id: string): Promise<number> {
  const [row] = await db
    .update(mfaChallenges)
    .set({ failures: sql`${mfaChallenges.failures} + 1` })
    .where(eq(mfaChallenges.id, id))
    .returning({ failures: mfaChallenges.failures });
  return row?.failures ?? Number.POSITIVE_INFINITY;
}

/** Removes a challenge; false when it was already gone (used by a concurrent request). */
export async function deleteMfaChallenge(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .delete(mfaChallenges)
    .where(eq(mfaChallenges.id, id))
    .returning({ id: mfaChallenges.id });
  return rows.length === 1;
}

export const deleteUserMfaChallenges = (db: Executor, userId: string) =>
  db.delete(mfaChallenges).where(eq(mfaChallenges.userId, userId));
