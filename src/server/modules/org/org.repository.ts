import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import { actingOfficials, employees, units } from '../../platform/db/schema.js';
import { rowsOf } from '../../platform/db/rows.js';

export type UnitRow = typeof units.$inferSelect;
export type EmployeeRow = typeof employees.$inferSelect;
export type ActingRow = typeof actingOfficials.$inferSelect;

const supervisor = alias(employees, 'supervisor');
const head = alias(employees, 'head');

export const employeeSelection = {
  employee: employees,
  unit: { id: units.id, code: units.code, name: units.name },
  supervisor: { id: supervisor.id, name: supervisor.name, nip: supervisor.nip },
};

function employeesWithRefs(db: Executor) {
  return db
    .select(employeeSelection)
    .from(employees)
    .innerJoin(units, eq(units.id, employees.unitId))
    .leftJoin(supervisor, eq(supervisor.id, employees.supervisorId));
}

/** An employee with their unit and supervisor (null when none). */
export type EmployeeWithRefs = Awaited<ReturnType<typeof employeesWithRefs>>[number];

export async function findEmployee(db: Executor, id: string): Promise<EmployeeWithRefs | undefined> {
  const [row] = await employeesWithRefs(db).where(eq(employees.id, id)).limit(1);
  return row;
}

export const findEmployeeRow = async (db: Executor, id: string) =>
  (await db.select().from(employees).where(eq(employees.id, id)).limit(1))[0];

export const findEmployeeByNip = async (db: Executor, nip: string) =>
  (await db.select().from(employees).where(eq(employees.nip, nip)).limit(1))[0];

export interface EmployeeFilter {
  q?: string | undefined;
  unitIds?: string[] | undefined;
  asnType?: 'PNS' | 'PPPK' | undefined;
  positionType?: EmployeeRow['positionType'] | undefined;
  supervisorId?: string | undefined;
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

function employeeWhere(f: EmployeeFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (f.q) {
    const q = f.q.trim();
    const digits = q.replace(/[\s.]/g, '');
    // Digits are a NIP (or part of one: birth date, TMT); anything else is a name.
    parts.push(
      /^\d+$/.test(digits)
        ? sql`lower(${employees.nip}) LIKE ${`%${digits}%`}`
        : sql`lower(${employees.name}) LIKE ${`%${escapeLike(q.toLowerCase())}%`}`,
    );
  }
  if (f.unitIds) parts.push(inArray(employees.unitId, f.unitIds));
  if (f.asnType) parts.push(eq(employees.asnType, f.asnType));
  if (f.positionType) parts.push(eq(employees.positionType, f.positionType));
  if (f.supervisorId) parts.push(eq(employees.supervisorId, f.supervisorId));
  return parts.length ? and(...parts) : undefined;
}

export async function listEmployees(db: Executor, f: EmployeeFilter, limit: number, offset: number) {
  const where = employeeWhere(f);
  const [items, [total]] = await Promise.all([
    employeesWithRefs(db)
      .where(where)
      .orderBy(asc(employees.name), asc(employees.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(employees).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The unit and every unit below it. */
export async function subtreeUnitIds(db: Executor, rootId: string): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE sub(id) AS (
      SELECT id FROM units WHERE id = ${rootId}
      UNION SELECT u.id FROM units u JOIN sub s ON u.parent_id = s.id)
    SELECT id FROM sub`);
  return rowsOf<{ id: string }>(rows).map((r) => r.id);
}

/** True when `candidateSupervisorId` is `employeeId` or has them somewhere above in its chain. */
export async function supervisorChainContains(
  db: Executor,
  candidateSupervisorId: string,
  employeeId: string,
) {
  const rows = await db.execute<{ hit: number }>(sql`
    WITH RECURSIVE chain(id, supervisor_id) AS (
      SELECT id, supervisor_id FROM employees WHERE id = ${candidateSupervisorId}
      UNION SELECT e.id, e.supervisor_id FROM employees e JOIN chain c ON e.id = c.supervisor_id)
    SELECT 1 AS hit FROM chain WHERE id = ${employeeId} LIMIT 1`);
  return rowsOf(rows).length > 0;
}

/** True when `candidateParentId` is `unitId` or lies below it. */
export async function unitChainContains(db: Executor, candidateParentId: string, unitId: string) {
  const rows = await db.execute<{ hit: number }>(sql`
    WITH RECURSIVE chain(id, parent_id) AS (
      SELECT id, parent_id FROM units WHERE id = ${candidateParentId}
      UNION SELECT u.id, u.parent_id FROM units u JOIN chain c ON u.id = c.parent_id)
    SELECT 1 AS hit FROM chain WHERE id = ${unitId} LIMIT 1`);
  return rowsOf(rows).length > 0;
}

export const findUnit = async (db: Executor, id: string) =>
  (await db.select().from(units).where(eq(units.id, id)).limit(1))[0];

export const findUnitByCode = async (db: Executor, code: string) =>
  (
    await db
      .select()
      .from(units)
      .where(sql`lower(${units.code}) = lower(${code})`)
      .limit(1)
  )[0];

export async function unitWithHead(db: Executor, id: string) {
  const [row] = await db
    .select({ unit: units, head: { id: head.id, name: head.name, nip: head.nip } })
    .from(units)
    .leftJoin(head, eq(head.id, units.headId))
    .where(eq(units.id, id))
    .limit(1);
  return row;
}

export async function listUnitsWithHead(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ unit: units, head: { id: head.id, name: head.name, nip: head.nip } })
    .from(units)
    .leftJoin(head, eq(head.id, units.headId))
    .where(inArray(units.id, ids));
}

export interface TreeRow {
  id: string;
  code: string;
  name: string;
  parent_id: string | null;
  head_id: string | null;
  head_name: string | null;
  employee_count: number | string;
  depth: number;
}

/** All units in tree order (depth first, siblings by code), with head name and employee count. */
export async function unitTree(db: Executor): Promise<TreeRow[]> {
  const rows = await db.execute(sql`
    WITH RECURSIVE tree AS (
      SELECT id, parent_id, ARRAY[lower(code)] AS path, 0 AS depth FROM units WHERE parent_id IS NULL
      UNION ALL
      SELECT u.id, u.parent_id, t.path || lower(u.code), t.depth + 1
      FROM units u JOIN tree t ON u.parent_id = t.id WHERE t.depth < 50)
    SELECT u.id, u.code, u.name, u.parent_id, u.head_id, h.name AS head_name, t.depth,
           (SELECT count(*) FROM employees e WHERE e.unit_id = u.id AND e.active) AS employee_count
    FROM tree t JOIN units u ON u.id = t.id LEFT JOIN employees h ON h.id = u.head_id
    ORDER BY t.path`);
  return rowsOf<TreeRow>(rows);
}

export async function actingOn(db: Executor, unitIds: string[], date: string) {
  if (unitIds.length === 0) return [];
  return db
    .select({ acting: actingOfficials, name: employees.name })
    .from(actingOfficials)
    .innerJoin(employees, eq(employees.id, actingOfficials.employeeId))
    .where(
      and(
        inArray(actingOfficials.unitId, unitIds),
        sql`${actingOfficials.startDate} <= ${date}`,
        sql`${actingOfficials.endDate} >= ${date}`,
      ),
    )
    .orderBy(asc(actingOfficials.startDate));
}

export const listActing = (db: Executor, unitId: string) =>
  db
    .select({ acting: actingOfficials, name: employees.name })
    .from(actingOfficials)
    .innerJoin(employees, eq(employees.id, actingOfficials.employeeId))
    .where(eq(actingOfficials.unitId, unitId))
    .orderBy(asc(actingOfficials.startDate))
    .limit(200);

export async function countUnits(db: Executor) {
  const [row] = await db.select({ n: count() }).from(units);
  return row?.n ?? 0;
}

export async function listUnitIdsInTreeOrder(db: Executor, limit: number, offset: number) {
  const tree = await unitTree(db);
  return { ids: tree.slice(offset, offset + limit).map((r) => r.id), total: tree.length };
}

/** One absent head an acting official (Plt/Plh) stands in for on a day, and for which unit. */
export interface StandIn {
  headId: string;
  headName: string;
  unitId: string;
  unitName: string;
  kind: 'plt' | 'plh';
}

/**
 * The unit heads `employeeId` stands in for on `onDate` as Plt/Plh (domain §3: the acting official does what the
 * absent head does for the unit's staff). Units without a head give nothing to stand in for.
 */
export async function standsFor(db: Executor, employeeId: string, onDate: string): Promise<StandIn[]> {
  const head = alias(employees, 'head');
  const rows = await db
    .select({
      headId: units.headId,
      headName: head.name,
      unitId: units.id,
      unitName: units.name,
      kind: actingOfficials.kind,
    })
    .from(actingOfficials)
    .innerJoin(units, eq(units.id, actingOfficials.unitId))
    .innerJoin(head, eq(head.id, units.headId))
    .where(
      and(
        eq(actingOfficials.employeeId, employeeId),
        sql`${actingOfficials.startDate} <= ${onDate}`,
        sql`${actingOfficials.endDate} >= ${onDate}`,
      ),
    )
    .orderBy(asc(actingOfficials.startDate));
  return rows.flatMap((r) => (r.headId && r.headId !== employeeId ? [{ ...r, headId: r.headId }] : []));
}
