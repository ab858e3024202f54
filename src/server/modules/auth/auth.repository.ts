import { and, count, desc, eq, gt, ilike, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { apiTokens, loginFailures, sessions, users } from '../../platform/db/schema.js';

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

export async function listUsers(db: Executor, q: string | undefined, limit: number, offset: number) {
  const where = q ? ilike(users.username, `%${q.replace(/[%_\\]/g, '\\$&')}%`) : undefined;
  const [items, [total]] = await Promise.all([
    db.select().from(users).where(where).orderBy(users.username).limit(limit).offset(offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function countRecentFailures(db: Executor, username: string, ip: string, since: Date) {
  const [byUser] = await db
    .select({ n: count(), oldest: sql<Date | string | null>`min(${loginFailures.at})` })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username), gt(loginFailures.at, since)));
  const [byIp] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gt(loginFailures.at, since)));
  const oldest = byUser?.oldest ? new Date(byUser.oldest) : null;
  return { byUser: byUser?.n ?? 0, byIp: byIp?.n ?? 0, oldest };
}

export async function recordFailure(db: Executor, username: string, ip: string, at: Date, purgeBefore: Date) {
  await db.insert(loginFailures).values({ username, ip, at });
  await db.delete(loginFailures).where(lt(loginFailures.at, purgeBefore));
}

export const clearFailures = (db: Executor, username: string) =>
  db.delete(loginFailures).where(eq(loginFailures.username, username));

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
