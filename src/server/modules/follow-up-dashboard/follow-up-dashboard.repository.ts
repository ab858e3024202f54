import { sql, type SQL } from 'drizzle-orm';
import { JP_MAXIMUM_PPPK, JP_MINIMUM_PNS } from '../../../domain/follow-up-dashboard/figures.js';
import type { Executor } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/rows.js';

/**
 * The follow-up dashboards read the follow-up tables (development plans and their items, improvement periods,
 * escalations, nominations) in SQL aggregates: one statement per kind of number, whatever the number of units or
 * employees. Employees are counted in their current unit, active ones only.
 */

export interface TreeUnit {
  id: string;
  code: string;
  name: string;
  parent_id: string | null;
}

/** All units in tree order (depth first, siblings by code). */
export async function unitTree(db: Executor): Promise<TreeUnit[]> {
  return rowsOf<TreeUnit>(
    await db.execute(sql`
      WITH RECURSIVE tree AS (
        SELECT id, ARRAY[lower(code)] AS path, 0 AS depth FROM units WHERE parent_id IS NULL
        UNION ALL
        SELECT u.id, t.path || lower(u.code), t.depth + 1
        FROM units u JOIN tree t ON u.parent_id = t.id WHERE t.depth < 50)
      SELECT u.id, u.code, u.name, u.parent_id FROM tree t JOIN units u ON u.id = t.id ORDER BY t.path`),
  );
}

/** What a read looks at: the units (null = every unit), today and the year's instants (Asia/Jakarta). */
export interface Window {
  unitIds: string[] | null;
  today: string;
  /** the year: [from, to) as instants, and its first and last days */
  from: Date;
  to: Date;
  firstDay: string;
  lastDay: string;
}

/** Active employees of the units asked for (all units when null). */
const employeesIn = (unitIds: string[] | null): SQL =>
  unitIds === null ? sql`e.active` : sql`e.active AND e.unit_id = ANY(${`{${unitIds.join(',')}}`}::uuid[])`;

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const completedIn = (w: Window) =>
  sql`i.status = 'completed' AND i.completed_at >= ${ts(w.from)} AND i.completed_at < ${ts(w.to)}`;

type Num = number | string;

export interface PlanCountsRow {
  unit_id: string;
  open: Num;
  agreed: Num;
}

/** Open development plans and those of them agreed by both parties (the employee alone for a voluntary plan). */
export async function planCounts(db: Executor, w: Window): Promise<PlanCountsRow[]> {
  return rowsOf<PlanCountsRow>(
    await db.execute(sql`
      SELECT e.unit_id,
        count(*) AS open,
        count(*) FILTER (WHERE p.agreed_by_employee_at IS NOT NULL
          AND (p.source = 'voluntary' OR p.agreed_by_assessor_at IS NOT NULL)) AS agreed
      FROM development_plans p JOIN employees e ON e.id = p.employee_id
      WHERE p.status = 'open' AND ${employeesIn(w.unitIds)}
      GROUP BY e.unit_id`),
  );
}

export interface ItemCountsRow {
  unit_id: string;
  planned: Num;
  overdue: Num;
  completed: Num;
  hours: Num;
  cost: Num;
}

/**
 * Items still planned in open plans (and those past their due date), items completed in the year with their JP, and
 * the catalogue cost of the catalogue items among them.
 */
export async function itemCounts(db: Executor, w: Window): Promise<ItemCountsRow[]> {
  const planned = sql`i.status = 'planned' AND p.status = 'open'`;
  return rowsOf<ItemCountsRow>(
    await db.execute(sql`
      SELECT e.unit_id,
        count(*) FILTER (WHERE ${planned}) AS planned,
        count(*) FILTER (WHERE ${planned} AND i.due_date < ${w.today}) AS overdue,
        count(*) FILTER (WHERE ${completedIn(w)}) AS completed,
        COALESCE(sum(i.hours) FILTER (WHERE ${completedIn(w)}), 0) AS hours,
        COALESCE(sum(t.cost) FILTER (WHERE ${completedIn(w)}), 0) AS cost
      FROM development_plan_items i
      JOIN development_plans p ON p.id = i.plan_id
      JOIN employees e ON e.id = p.employee_id
      LEFT JOIN trainings t ON t.id = i.training_id
      WHERE ${employeesIn(w.unitIds)}
        AND (${planned} OR ${completedIn(w)})
      GROUP BY e.unit_id`),
  );
}

/** Each active employee's JP of the year (items completed in it). */
const hoursOfYear = (w: Window) => sql`
      SELECT p.employee_id, sum(i.hours) AS hours
      FROM development_plan_items i JOIN development_plans p ON p.id = i.plan_id
      JOIN employees e ON e.id = p.employee_id
      WHERE ${completedIn(w)} AND ${employeesIn(w.unitIds)}
      GROUP BY p.employee_id`;

export interface LedgerCountsRow {
  unit_id: string;
  employees: Num;
  pns: Num;
  pns_below: Num;
  pppk: Num;
  pppk_above: Num;
}

/** Employees per unit, and against the learning-hours bounds: PNS below the minimum, PPPK above the maximum. */
export async function ledgerCounts(db: Executor, w: Window): Promise<LedgerCountsRow[]> {
  return rowsOf<LedgerCountsRow>(
    await db.execute(sql`
      WITH jp AS (${hoursOfYear(w)})
      SELECT e.unit_id,
        count(*) AS employees,
        count(*) FILTER (WHERE e.asn_type = 'PNS') AS pns,
        count(*) FILTER (WHERE e.asn_type = 'PNS' AND COALESCE(jp.hours, 0) < ${JP_MINIMUM_PNS}) AS pns_below,
        count(*) FILTER (WHERE e.asn_type = 'PPPK') AS pppk,
        count(*) FILTER (WHERE e.asn_type = 'PPPK' AND COALESCE(jp.hours, 0) > ${JP_MAXIMUM_PPPK}) AS pppk_above
      FROM employees e LEFT JOIN jp ON jp.employee_id = e.id
      WHERE ${employeesIn(w.unitIds)}
      GROUP BY e.unit_id`),
  );
}

export interface StatusCountsRow {
  unit_id: string;
  kind: 'period' | 'escalation' | 'nomination';
  status: string;
  /** the escalation's decision (decided ones), else '' */
  decision: string;
  n: Num;
}

/**
 * In one statement: improvement periods running in the year by status; the escalations of those periods by status
 * and decision; nominations made in the year by status.
 */
export async function statusCounts(db: Executor, w: Window): Promise<StatusCountsRow[]> {
  const running = sql`ip.start_date <= ${w.lastDay} AND ip.end_date >= ${w.firstDay}`;
  return rowsOf<StatusCountsRow>(
    await db.execute(sql`
      SELECT e.unit_id, 'period' AS kind, ip.status, '' AS decision, count(*) AS n
      FROM improvement_periods ip JOIN employees e ON e.id = ip.employee_id
      WHERE ${running} AND ${employeesIn(w.unitIds)}
      GROUP BY e.unit_id, ip.status
      UNION ALL
      SELECT e.unit_id, 'escalation', es.status,
        CASE WHEN es.status = 'decided' THEN COALESCE(NULLIF(btrim(es.decision), ''), '-') ELSE '' END, count(*)
      FROM escalations es
      JOIN improvement_periods ip ON ip.id = es.improvement_period_id
      JOIN employees e ON e.id = es.employee_id
      WHERE ${running} AND ${employeesIn(w.unitIds)}
      GROUP BY e.unit_id, es.status, es.decision
      UNION ALL
      SELECT e.unit_id, 'nomination', nm.status, '', count(*)
      FROM nominations nm JOIN employees e ON e.id = nm.employee_id
      WHERE nm.created_at >= ${ts(w.from)} AND nm.created_at < ${ts(w.to)} AND ${employeesIn(w.unitIds)}
      GROUP BY e.unit_id, nm.status`),
  );
}

export interface OverdueRow {
  item_id: string;
  plan_id: string;
  title: string;
  due_date: string;
  employee_id: string;
  name: string;
  nip: string;
  unit_id: string;
  unit_name: string;
}

const overdueFrom = (w: Pick<Window, 'unitIds' | 'today'>) => sql`
      FROM development_plan_items i
      JOIN development_plans p ON p.id = i.plan_id
      JOIN employees e ON e.id = p.employee_id
      JOIN units u ON u.id = e.unit_id
      WHERE i.status = 'planned' AND p.status = 'open' AND i.due_date < ${w.today}
        AND ${employeesIn(w.unitIds)}`;

/** The overdue items, longest overdue first (then by name), one page, and how many there are. */
export async function overdueItems(
  db: Executor,
  w: Pick<Window, 'unitIds' | 'today'>,
  page: { limit: number; offset: number },
): Promise<{ rows: OverdueRow[]; total: number }> {
  const [rows, counted] = await Promise.all([
    db.execute(sql`
      SELECT i.id AS item_id, i.plan_id, i.title, i.due_date::text AS due_date, e.id AS employee_id, e.name, e.nip,
             e.unit_id, u.name AS unit_name
      ${overdueFrom(w)}
      ORDER BY i.due_date, e.name, i.id
      LIMIT ${page.limit} OFFSET ${page.offset}`),
    db.execute(sql`SELECT count(*) AS n ${overdueFrom(w)}`),
  ]);
  return {
    rows: rowsOf<OverdueRow>(rows),
    total: Number(rowsOf<{ n: Num }>(counted)[0]?.n ?? 0),
  };
}

export interface JpShortRow {
  employee_id: string;
  name: string;
  nip: string;
  unit_id: string;
  unit_name: string;
  hours: Num;
}

/** Active PNS below the minimum JP in the year, the largest shortfall first (then by name), one page, and how many. */
export async function jpShort(
  db: Executor,
  w: Window,
  page: { limit: number; offset: number },
): Promise<{ rows: JpShortRow[]; total: number }> {
  const short = sql`
      WITH jp AS (${hoursOfYear(w)})
      SELECT e.id AS employee_id, e.name, e.nip, e.unit_id, u.name AS unit_name, COALESCE(jp.hours, 0) AS hours
      FROM employees e JOIN units u ON u.id = e.unit_id LEFT JOIN jp ON jp.employee_id = e.id
      WHERE ${employeesIn(w.unitIds)} AND e.asn_type = 'PNS' AND COALESCE(jp.hours, 0) < ${JP_MINIMUM_PNS}`;
  const [rows, counted] = await Promise.all([
    db.execute(
      sql`${short} ORDER BY COALESCE(jp.hours, 0), e.name, e.id LIMIT ${page.limit} OFFSET ${page.offset}`,
    ),
    db.execute(sql`SELECT count(*) AS n FROM (${short}) AS short`),
  ]);
  return {
    rows: rowsOf<JpShortRow>(rows),
    total: Number(rowsOf<{ n: Num }>(counted)[0]?.n ?? 0),
  };
}
