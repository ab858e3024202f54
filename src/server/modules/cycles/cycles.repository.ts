import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { cycles, periods } from '../../platform/db/schema.js';

export type CycleRow = typeof cycles.$inferSelect;
export type PeriodRow = typeof periods.$inferSelect;

/** Serialises cycle creation so two concurrent requests for one year answer 409, not 500. */
export const lockCycles = (tx: Executor) =>
  tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('kinerja:cycles'))`);

export const findCycleRow = async (db: Executor, id: string) =>
  (await db.select().from(cycles).where(eq(cycles.id, id)).limit(1))[0];

export const findCycleByYear = async (db: Executor, year: number) =>
  (await db.select().from(cycles).where(eq(cycles.year, year)).limit(1))[0];

export const findPeriodRow = async (db: Executor, id: string) =>
  (await db.select().from(periods).where(eq(periods.id, id)).limit(1))[0];

/** The period row, locked for the rest of the transaction (status changes and deadline edits serialise). */
export const findPeriodRowForUpdate = async (tx: Executor, id: string) =>
  (await tx.select().from(periods).where(eq(periods.id, id)).limit(1).for('update'))[0];

/** Periodic periods in calendar order, then the annual period. */
export function periodsOf(db: Executor, cycleIds: string[]) {
  if (cycleIds.length === 0) return Promise.resolve<PeriodRow[]>([]);
  return db
    .select()
    .from(periods)
    .where(inArray(periods.cycleId, cycleIds))
    .orderBy(asc(periods.cycleId), sql`${periods.kind} = 'annual'`, asc(periods.index));
}

export async function listCycleRows(db: Executor, limit: number, offset: number) {
  const [items, [total]] = await Promise.all([
    db.select().from(cycles).orderBy(desc(cycles.year)).limit(limit).offset(offset),
    db.select({ n: count() }).from(cycles),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The cycle whose range contains `today`, else the newest one. */
export async function currentCycleRow(db: Executor, today: string) {
  const [containing] = await db
    .select()
    .from(cycles)
    .where(and(sql`${cycles.startDate} <= ${today}`, sql`${cycles.endDate} >= ${today}`))
    .orderBy(desc(cycles.year))
    .limit(1);
  if (containing) return containing;
  const [latest] = await db.select().from(cycles).orderBy(desc(cycles.year)).limit(1);
  return latest;
}
