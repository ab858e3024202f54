import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { TrainingQuery } from '../../../domain/trainings/schemas.js';
import type { Executor } from '../../platform/db/client.js';
import { trainings } from '../../platform/db/schema.js';

export type TrainingRow = typeof trainings.$inferSelect;

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

/** The filters of a list; `active` already restricted to what the caller may see. */
function trainingWhere(f: Omit<TrainingQuery, 'limit' | 'offset'>): SQL | undefined {
  const parts: SQL[] = [];
  if (f.active !== 'all') parts.push(eq(trainings.active, f.active === 'true'));
  if (f.mode) parts.push(eq(trainings.mode, f.mode));
  // containment on the jsonb array: served by the GIN index on competences
  if (f.competence) parts.push(sql`${trainings.competences} @> ${JSON.stringify([f.competence])}::jsonb`);
  // every word must occur in the title, the provider or the code (case-insensitive)
  const words = (f.q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  for (const w of words) {
    const like = `%${escapeLike(w)}%`;
    parts.push(
      sql`(lower(${trainings.title}) LIKE ${like} OR lower(${trainings.provider}) LIKE ${like} OR lower(${trainings.code}) LIKE ${like})`,
    );
  }
  return parts.length > 0 ? and(...parts) : undefined;
}

/** A page of programmes by title (then code), and how many match. The catalogue is small: an exact count is cheap. */
export async function listTrainings(db: Executor, q: TrainingQuery) {
  const where = trainingWhere(q);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(trainings)
      .where(where)
      .orderBy(asc(trainings.title), asc(trainings.code), asc(trainings.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(trainings).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export const findTraining = async (db: Executor, id: string) =>
  (await db.select().from(trainings).where(eq(trainings.id, id)).limit(1))[0];

/** The row locked for the rest of the transaction (edits serialise on it). */
export const findTrainingForUpdate = async (tx: Executor, id: string) =>
  (await tx.select().from(trainings).where(eq(trainings.id, id)).limit(1).for('update'))[0];

/** The programme holding `code` (case-insensitive), if any. */
export const findTrainingByCode = async (db: Executor, code: string) =>
  (
    await db
      .select()
      .from(trainings)
      .where(sql`lower(${trainings.code}) = ${code.toLowerCase()}`)
      .limit(1)
  )[0];

/** The programmes holding these codes (case-insensitive), by lower-cased code. */
export async function trainingsByCodes(db: Executor, codes: readonly string[]) {
  const out = new Map<string, TrainingRow>();
  const lower = [...new Set(codes.map((c) => c.toLowerCase()))];
  for (let i = 0; i < lower.length; i += 1000) {
    const rows = await db
      .select()
      .from(trainings)
      .where(inArray(sql`lower(${trainings.code})`, lower.slice(i, i + 1000)));
    for (const r of rows) out.set(r.code.toLowerCase(), r);
  }
  return out;
}

/** The programmes on offer (active), by code: what development plans recommend from. */
export const activeTrainings = (db: Executor) =>
  db
    .select()
    .from(trainings)
    .where(eq(trainings.active, true))
    .orderBy(asc(trainings.code), asc(trainings.id))
    .limit(100_000);

/** Every programme (active or not) by code, for the export. */
export const allTrainings = (db: Executor) =>
  db.select().from(trainings).orderBy(asc(trainings.code), asc(trainings.id)).limit(100_000);

/** The highest number of the generated codes (`TRN-0007` → 7), 0 when there is none. */
export async function lastGeneratedCodeNumber(db: Executor, prefix: string): Promise<number> {
  const [row] = await db
    .select({
      n: sql<number>`coalesce(max((substring(${trainings.code} from ${`^${prefix}-([0-9]{1,9})$`}))::int), 0)`.mapWith(
        Number,
      ),
    })
    .from(trainings)
    .where(sql`${trainings.code} ~ ${`^${prefix}-[0-9]{1,9}$`}`);
  return row?.n ?? 0;
}
