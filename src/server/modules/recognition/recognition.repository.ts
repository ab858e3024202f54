import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { employees, evaluations, nominations, periods, units, users } from '../../platform/db/schema.js';

/** Reads of recognition nominations. Writes live in the use cases (with their audit entries). */

export type NominationRow = typeof nominations.$inferSelect;

const columns = {
  nomination: nominations,
  periodLabel: periods.label,
  employeeName: employees.name,
  nip: employees.nip,
  asnType: employees.asnType,
  unitId: evaluations.unitId,
  unitName: units.name,
};

export interface NominationListRow {
  nomination: NominationRow;
  periodLabel: string | null;
  employeeName: string;
  nip: string;
  asnType: 'PNS' | 'PPPK';
  unitId: string | null;
  unitName: string | null;
}

function base(db: Executor) {
  return db
    .select(columns)
    .from(nominations)
    .innerJoin(employees, eq(employees.id, nominations.employeeId))
    .innerJoin(evaluations, eq(evaluations.id, nominations.evaluationId))
    .leftJoin(periods, eq(periods.id, evaluations.periodId))
    .leftJoin(units, eq(units.id, evaluations.unitId));
}

export async function listNominations(
  db: Executor,
  q: { status?: NominationRow['status'] | undefined; limit: number; offset: number },
): Promise<{ rows: NominationListRow[]; total: number }> {
  const where = q.status ? eq(nominations.status, q.status) : undefined;
  const [rows, [total]] = await Promise.all([
    base(db)
      .where(where)
      .orderBy(desc(nominations.createdAt), desc(nominations.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(nominations).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function nominationsOfEvaluation(db: Executor, evaluationId: string) {
  return base(db).where(eq(nominations.evaluationId, evaluationId)).orderBy(desc(nominations.createdAt));
}

export async function findNomination(db: Executor, id: string): Promise<NominationListRow | undefined> {
  const [row] = await base(db).where(eq(nominations.id, id)).limit(1);
  return row;
}

export async function lockNomination(db: Executor, id: string) {
  const [row] = await db.select().from(nominations).where(eq(nominations.id, id)).for('update');
  return row;
}

export async function findEvaluation(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: evaluations.id,
      employeeId: evaluations.employeeId,
      assessorId: evaluations.assessorId,
      status: evaluations.status,
      predicate: evaluations.predicate,
      finalizedBy: evaluations.finalizedBy,
    })
    .from(evaluations)
    .where(eq(evaluations.id, id))
    .limit(1);
  return row;
}

/** Active accounts of HR and the agency heads: told of a new nomination. */
export async function deciderAccounts(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), sql`${users.roles} && ARRAY['agency_head','hr_admin']::text[]`));
  return rows.map((r) => r.id);
}

export async function employeeName(db: Executor, id: string | null) {
  if (!id) return null;
  const [row] = await db
    .select({ name: employees.name })
    .from(employees)
    .where(eq(employees.id, id))
    .limit(1);
  return row?.name ?? null;
}
