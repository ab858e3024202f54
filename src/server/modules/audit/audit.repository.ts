import {
  aliasedTable,
  and,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  like,
  lt,
  notLike,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/rows.js';
import {
  actingOfficials,
  apiTokens,
  auditLog,
  cycles,
  developmentPlanItems,
  developmentPlans,
  dialogueActions,
  dialogues,
  employees,
  evaluations,
  evidence,
  feedback,
  indicatorTemplates,
  objections,
  orgPredicates,
  periods,
  planIndicators,
  progressEntries,
  units,
  users,
  workPlans,
} from '../../platform/db/schema.js';
import { SIGN_IN_ACTION_PREFIXES, type AuditQuery } from '../../../domain/audit/schemas.js';

export type AuditRow = typeof auditLog.$inferSelect;

/** `LIKE` with the pattern characters of `s` escaped (action codes hold `_`). */
const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The start of a calendar day in Asia/Jakarta (UTC+7 all year: no daylight saving). */
const jakartaDayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);
const nextDay = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** The WHERE of a filtered read of the log (without the keyset cursor). */
export function auditFilters(q: AuditQuery): SQL | undefined {
  const filters: SQL[] = [];
  if (q.entityType) filters.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) filters.push(eq(auditLog.entityId, q.entityId));
  const actor = q.actorId ?? q.actorUserId;
  if (actor) filters.push(eq(auditLog.actorUserId, actor));
  if (q.action) {
    filters.push(
      q.action.endsWith('.') ? like(auditLog.action, likePrefix(q.action)) : eq(auditLog.action, q.action),
    );
  }
  if (q.category) {
    const signIn = SIGN_IN_ACTION_PREFIXES.map((p) => like(auditLog.action, likePrefix(p)));
    filters.push(
      q.category === 'signins'
        ? or(...signIn)!
        : and(...SIGN_IN_ACTION_PREFIXES.map((p) => notLike(auditLog.action, likePrefix(p))))!,
    );
  }
  if (q.from) filters.push(gte(auditLog.at, jakartaDayStart(q.from)));
  if (q.to) filters.push(lt(auditLog.at, jakartaDayStart(nextDay(q.to))));
  return filters.length ? and(...filters) : undefined;
}

/** One page, newest first: `limit + 1` rows are read so the caller knows whether more follow. */
export async function listEntries(db: Executor, q: AuditQuery): Promise<AuditRow[]> {
  const where = auditFilters(q);
  const cursor = q.before !== undefined ? lt(auditLog.seq, q.before) : undefined;
  return db
    .select()
    .from(auditLog)
    .where(cursor && where ? and(where, cursor) : (cursor ?? where))
    .orderBy(desc(auditLog.seq))
    .limit(q.limit + 1)
    .offset(q.before !== undefined ? 0 : q.offset);
}

export async function countEntries(db: Executor, q: AuditQuery): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(auditLog)
    .where(auditFilters(q));
  return row?.n ?? 0;
}

/** Below this many rows an exact count of the whole log is cheap (a few milliseconds) and is used instead. */
const EXACT_COUNT_BELOW = 50_000;

/**
 * The total for `count=estimate`: an exact count of a filtered read (the filters are indexed), but for the whole log
 * the planner's row estimate (`pg_class.reltuples`, kept by ANALYZE and autovacuum), unless the log is small.
 */
export async function estimateEntries(
  db: Executor,
  q: AuditQuery,
): Promise<{ n: number; estimated: boolean }> {
  if (auditFilters(q)) return { n: await countEntries(db, q), estimated: false };
  const [row] = rowsOf<{ n: number | string | null }>(
    await db.execute(sql`SELECT reltuples::bigint AS n FROM pg_class WHERE oid = 'audit_log'::regclass`),
  );
  const n = Number(row?.n ?? -1);
  if (!(n >= EXACT_COUNT_BELOW)) return { n: await countEntries(db, q), estimated: false };
  return { n, estimated: true };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuids = (ids: Iterable<string>) => [...new Set(ids)].filter((id) => UUID.test(id));

/** The names of the accounts that acted: the linked employee's name, else the username. One query. */
export async function actorNames(db: Executor, userIds: string[]): Promise<Map<string, string>> {
  const ids = uuids(userIds);
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, username: users.username, name: employees.name })
    .from(users)
    .leftJoin(employees, eq(employees.id, users.employeeId))
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name ?? r.username]));
}

const short = (s: string | null | undefined, max = 120) =>
  s == null ? null : s.length > max ? `${s.slice(0, max - 1)}…` : s;
const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ') || null;
/** "Triwulan I 2026": the period's label, with the year when the label does not already hold it. */
const periodName = (label: string | null, year: number | null) =>
  label == null ? null : year != null && !label.includes(String(year)) ? `${label} ${year}` : label;

type Resolver = (db: Executor, ids: string[]) => Promise<[string, string | null][]>;

const ownerEmployee = aliasedTable(employees, 'owner_employee');

/** A query per entity type: the human name of each record. Types not listed here have no label. */
const RESOLVERS: Record<string, Resolver> = {
  employee: async (db, ids) =>
    (
      await db
        .select({ id: employees.id, name: employees.name })
        .from(employees)
        .where(inArray(employees.id, ids))
    ).map((r) => [r.id, r.name]),
  user: async (db, ids) => [...(await actorNames(db, ids))],
  unit: async (db, ids) =>
    (await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids))).map(
      (r) => [r.id, r.name],
    ),
  work_plan: async (db, ids) =>
    (
      await db
        .select({ id: workPlans.id, name: employees.name, year: cycles.year })
        .from(workPlans)
        .innerJoin(employees, eq(employees.id, workPlans.employeeId))
        .innerJoin(cycles, eq(cycles.id, workPlans.cycleId))
        .where(inArray(workPlans.id, ids))
    ).map((r) => [r.id, join(r.name, String(r.year))]),
  evaluation: async (db, ids) =>
    (
      await db
        .select({ id: evaluations.id, name: employees.name, label: periods.label, year: cycles.year })
        .from(evaluations)
        .innerJoin(employees, eq(employees.id, evaluations.employeeId))
        .innerJoin(periods, eq(periods.id, evaluations.periodId))
        .innerJoin(cycles, eq(cycles.id, periods.cycleId))
        .where(inArray(evaluations.id, ids))
    ).map((r) => [r.id, join(r.name, periodName(r.label, r.year))]),
  objection: async (db, ids) =>
    (
      await db
        .select({ id: objections.id, name: employees.name, label: periods.label, year: cycles.year })
        .from(objections)
        .innerJoin(employees, eq(employees.id, objections.employeeId))
        .innerJoin(evaluations, eq(evaluations.id, objections.evaluationId))
        .innerJoin(periods, eq(periods.id, evaluations.periodId))
        .innerJoin(cycles, eq(cycles.id, periods.cycleId))
        .where(inArray(objections.id, ids))
    ).map((r) => [r.id, join(r.name, periodName(r.label, r.year))]),
  development_plan: async (db, ids) =>
    (
      await db
        .select({ id: developmentPlans.id, name: employees.name })
        .from(developmentPlans)
        .innerJoin(employees, eq(employees.id, developmentPlans.employeeId))
        .where(inArray(developmentPlans.id, ids))
    ).map((r) => [r.id, r.name]),
  development_plan_item: async (db, ids) =>
    (
      await db
        .select({ id: developmentPlanItems.id, name: employees.name, title: developmentPlanItems.title })
        .from(developmentPlanItems)
        .innerJoin(developmentPlans, eq(developmentPlans.id, developmentPlanItems.planId))
        .innerJoin(employees, eq(employees.id, developmentPlans.employeeId))
        .where(inArray(developmentPlanItems.id, ids))
    ).map((r) => [r.id, join(r.name, r.title)]),
  cycle: async (db, ids) =>
    (await db.select({ id: cycles.id, year: cycles.year }).from(cycles).where(inArray(cycles.id, ids))).map(
      (r) => [r.id, String(r.year)],
    ),
  period: async (db, ids) =>
    (
      await db
        .select({ id: periods.id, label: periods.label, year: cycles.year })
        .from(periods)
        .innerJoin(cycles, eq(cycles.id, periods.cycleId))
        .where(inArray(periods.id, ids))
    ).map((r) => [r.id, periodName(r.label, r.year)]),
  indicator_template: async (db, ids) =>
    (
      await db
        .select({ id: indicatorTemplates.id, text: indicatorTemplates.text })
        .from(indicatorTemplates)
        .where(inArray(indicatorTemplates.id, ids))
    ).map((r) => [r.id, short(r.text)]),
  api_token: async (db, ids) =>
    (
      await db
        .select({ id: apiTokens.id, name: apiTokens.name })
        .from(apiTokens)
        .where(inArray(apiTokens.id, ids))
    ).map((r) => [r.id, r.name]),
  acting_official: async (db, ids) =>
    (
      await db
        .select({ id: actingOfficials.id, name: employees.name, unit: units.name })
        .from(actingOfficials)
        .innerJoin(employees, eq(employees.id, actingOfficials.employeeId))
        .innerJoin(units, eq(units.id, actingOfficials.unitId))
        .where(inArray(actingOfficials.id, ids))
    ).map((r) => [r.id, join(r.name, r.unit)]),
  org_predicate: async (db, ids) =>
    (
      await db
        .select({ id: orgPredicates.id, unit: units.name, label: periods.label, year: cycles.year })
        .from(orgPredicates)
        .innerJoin(units, eq(units.id, orgPredicates.unitId))
        .innerJoin(periods, eq(periods.id, orgPredicates.periodId))
        .innerJoin(cycles, eq(cycles.id, periods.cycleId))
        .where(inArray(orgPredicates.id, ids))
    ).map((r) => [r.id, join(r.unit, periodName(r.label, r.year))]),
  progress_entry: async (db, ids) =>
    (
      await db
        .select({ id: progressEntries.id, name: employees.name, text: planIndicators.text })
        .from(progressEntries)
        .innerJoin(workPlans, eq(workPlans.id, progressEntries.workPlanId))
        .innerJoin(employees, eq(employees.id, workPlans.employeeId))
        .innerJoin(planIndicators, eq(planIndicators.id, progressEntries.indicatorId))
        .where(inArray(progressEntries.id, ids))
    ).map((r) => [r.id, join(r.name, short(r.text, 80))]),
  evidence: async (db, ids) =>
    (
      await db
        .select({ id: evidence.id, name: employees.name, filename: evidence.filename, url: evidence.url })
        .from(evidence)
        .innerJoin(workPlans, eq(workPlans.id, evidence.workPlanId))
        .innerJoin(employees, eq(employees.id, workPlans.employeeId))
        .where(inArray(evidence.id, ids))
    ).map((r) => [r.id, join(r.name, short(r.filename ?? r.url, 80))]),
  feedback: async (db, ids) =>
    (
      await db
        .select({ id: feedback.id, name: employees.name })
        .from(feedback)
        .innerJoin(workPlans, eq(workPlans.id, feedback.workPlanId))
        .innerJoin(employees, eq(employees.id, workPlans.employeeId))
        .where(inArray(feedback.id, ids))
    ).map((r) => [r.id, r.name]),
  dialogue: async (db, ids) =>
    (
      await db
        .select({ id: dialogues.id, name: employees.name })
        .from(dialogues)
        .innerJoin(workPlans, eq(workPlans.id, dialogues.workPlanId))
        .innerJoin(employees, eq(employees.id, workPlans.employeeId))
        .where(inArray(dialogues.id, ids))
    ).map((r) => [r.id, r.name]),
  dialogue_action: async (db, ids) =>
    (
      await db
        .select({ id: dialogueActions.id, name: ownerEmployee.name, text: dialogueActions.description })
        .from(dialogueActions)
        .innerJoin(dialogues, eq(dialogues.id, dialogueActions.dialogueId))
        .innerJoin(workPlans, eq(workPlans.id, dialogues.workPlanId))
        .innerJoin(ownerEmployee, eq(ownerEmployee.id, workPlans.employeeId))
        .where(inArray(dialogueActions.id, ids))
    ).map((r) => [r.id, join(r.name, short(r.text, 80))]),
};

/**
 * The labels of the records on a page: one query per entity type present (no query per entry). Keys are
 * `${entityType}:${entityId}`; records without a resolver or no longer present are missing from the map.
 */
export async function entityLabels(
  db: Executor,
  refs: { entityType: string; entityId: string }[],
): Promise<Map<string, string | null>> {
  const byType = new Map<string, string[]>();
  for (const r of refs) {
    if (!RESOLVERS[r.entityType]) continue;
    const list = byType.get(r.entityType) ?? [];
    list.push(r.entityId);
    byType.set(r.entityType, list);
  }
  const out = new Map<string, string | null>();
  for (const [type, ids] of byType) {
    const valid = uuids(ids);
    if (valid.length === 0) continue;
    for (const [id, label] of await RESOLVERS[type]!(db, valid)) out.set(`${type}:${id}`, label);
  }
  return out;
}

/** The accounts matching a person search (employee name, NIP or username), for the person filter. */
export async function searchActors(db: Executor, q: string, limit: number) {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({
      userId: users.id,
      username: users.username,
      name: sql<string>`coalesce(${employees.name}, ${users.username})`,
      employeeId: users.employeeId,
    })
    .from(users)
    .leftJoin(employees, eq(employees.id, users.employeeId))
    .where(
      q
        ? or(ilike(users.username, pattern), ilike(employees.name, pattern), ilike(employees.nip, pattern))
        : undefined,
    )
    .orderBy(sql`coalesce(${employees.name}, ${users.username})`)
    .limit(limit);
}
