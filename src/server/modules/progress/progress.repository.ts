import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import {
  employees,
  evidence,
  periods,
  planIndicators,
  planResults,
  progressEntries,
  users,
} from '../../platform/db/schema.js';
import { rowsOf } from '../../platform/db/rows.js';

export type EntryRow = typeof progressEntries.$inferSelect;
export type EvidenceRow = typeof evidence.$inferSelect;
export type PeriodRow = typeof periods.$inferSelect;
export type IndicatorRow = typeof planIndicators.$inferSelect;

/** The plan and the versions it amends, newest first (the plan itself first). */
export async function planAncestry(db: Executor, planId: string): Promise<string[]> {
  const rows = await db.execute(sql`
    WITH RECURSIVE up(id, amends_id, depth) AS (
      SELECT id, amends_id, 0 FROM work_plans WHERE id = ${planId}
      UNION ALL SELECT w.id, w.amends_id, u.depth + 1 FROM work_plans w JOIN up u ON w.id = u.amends_id
      WHERE u.depth < 100)
    SELECT id FROM up ORDER BY depth`);
  return rowsOf<{ id: string }>(rows).map((r) => r.id);
}

/** Which row of this plan each row of it or of an earlier version stands for, following `copied_from_id`. */
async function copyLineage(
  db: Executor,
  table: typeof planIndicators | typeof planResults,
  planId: string,
): Promise<Map<string, string>> {
  const rows = await db.execute(sql`
    WITH RECURSIVE lineage(id, current_id, depth) AS (
      SELECT id, id, 0 FROM ${table} WHERE work_plan_id = ${planId}
      UNION ALL SELECT c.copied_from_id, l.current_id, l.depth + 1
      FROM lineage l JOIN ${table} c ON c.id = l.id
      WHERE c.copied_from_id IS NOT NULL AND l.depth < 100)
    SELECT id, current_id FROM lineage`);
  return new Map(rowsOf<{ id: string; current_id: string }>(rows).map((r) => [r.id, r.current_id]));
}

/**
 * Which indicator of this plan each indicator of it or of an earlier version stands for: an amendment copies the
 * indicators (`copied_from_id`), and progress recorded before the amendment keeps counting for the copy.
 */
export const indicatorLineage = (db: Executor, planId: string) => copyLineage(db, planIndicators, planId);

/** The same for results (feedback threads about a result follow it into an amendment). */
export const resultLineage = (db: Executor, planId: string) => copyLineage(db, planResults, planId);

export const findPeriodRow = async (db: Executor, id: string): Promise<PeriodRow | undefined> =>
  (await db.select().from(periods).where(eq(periods.id, id)).limit(1))[0];

/** The periods of a cycle: the periodic ones in calendar order, then the annual one. */
export const periodsOfCycle = (db: Executor, cycleId: string) =>
  db
    .select()
    .from(periods)
    .where(eq(periods.cycleId, cycleId))
    .orderBy(sql`CASE WHEN ${periods.kind} = 'periodic' THEN 0 ELSE 1 END`, asc(periods.index));

export const findIndicatorOfPlan = async (db: Executor, planId: string, indicatorId: string) =>
  (
    await db
      .select()
      .from(planIndicators)
      .where(and(eq(planIndicators.id, indicatorId), eq(planIndicators.workPlanId, planId)))
      .limit(1)
  )[0];

export async function planStructure(db: Executor, planId: string) {
  const [results, indicators] = await Promise.all([
    db
      .select()
      .from(planResults)
      .where(eq(planResults.workPlanId, planId))
      .orderBy(asc(planResults.position), asc(planResults.createdAt), asc(planResults.id)),
    db
      .select()
      .from(planIndicators)
      .where(eq(planIndicators.workPlanId, planId))
      .orderBy(asc(planIndicators.position), asc(planIndicators.createdAt), asc(planIndicators.id)),
  ]);
  return { results, indicators };
}

/** A progress entry with the name of who recorded it and the direction of its indicator. */
const entrySelection = {
  entry: progressEntries,
  direction: planIndicators.direction,
  createdByName: sql<string>`coalesce(${employees.name}, ${users.username})`,
};
export type EntryWithMeta = { entry: EntryRow; direction: 'higher' | 'lower'; createdByName: string };

function entryQuery(db: Executor, where: SQL | undefined) {
  return db
    .select(entrySelection)
    .from(progressEntries)
    .innerJoin(planIndicators, eq(planIndicators.id, progressEntries.indicatorId))
    .innerJoin(users, eq(users.id, progressEntries.createdBy))
    .leftJoin(employees, eq(employees.id, users.employeeId))
    .where(where);
}

export async function entriesByIds(db: Executor, ids: string[]): Promise<EntryWithMeta[]> {
  if (ids.length === 0) return [];
  return entryQuery(db, inArray(progressEntries.id, ids)).orderBy(asc(progressEntries.seq));
}

/** Entries of these indicators (a plan's lineage), optionally of one period; newest first, paged. */
export async function listEntries(
  db: Executor,
  indicatorIds: string[],
  opts: { periodId?: string | undefined; limit?: number; offset?: number } = {},
): Promise<{ items: EntryWithMeta[]; total: number }> {
  if (indicatorIds.length === 0) return { items: [], total: 0 };
  const where = and(
    inArray(progressEntries.indicatorId, indicatorIds),
    opts.periodId ? eq(progressEntries.periodId, opts.periodId) : undefined,
  );
  let q = entryQuery(db, where).orderBy(desc(progressEntries.seq)).$dynamic();
  if (opts.limit !== undefined) q = q.limit(opts.limit).offset(opts.offset ?? 0);
  const [items, [total]] = await Promise.all([
    q,
    db.select({ n: count() }).from(progressEntries).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export const findEntry = async (db: Executor, id: string): Promise<EntryRow | undefined> =>
  (await db.select().from(progressEntries).where(eq(progressEntries.id, id)).limit(1))[0];

export async function evidenceOf(db: Executor, progressIds: string[]): Promise<EvidenceRow[]> {
  if (progressIds.length === 0) return [];
  return db
    .select()
    .from(evidence)
    .where(inArray(evidence.progressId, progressIds))
    .orderBy(asc(evidence.seq));
}

export const findEvidence = async (db: Executor, id: string): Promise<EvidenceRow | undefined> =>
  (await db.select().from(evidence).where(eq(evidence.id, id)).limit(1))[0];

/** Name to show for the author of a write: the linked employee's name, else the account name. */
export async function displayName(db: Executor, employeeId: string | null, fallback: string) {
  if (!employeeId) return fallback;
  const [row] = await db
    .select({ name: employees.name })
    .from(employees)
    .where(eq(employees.id, employeeId))
    .limit(1);
  return row?.name ?? fallback;
}
