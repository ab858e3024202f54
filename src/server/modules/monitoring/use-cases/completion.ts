import { defaultPeriodOf } from '../../../../domain/cycles/default-period.js';
import { dateIn } from '../../../../domain/dates.js';
import type { CompletionPeopleQuery, CompletionQuery } from '../../../../domain/monitoring/schemas.js';
import type {
  CompletionCounts,
  CompletionPersonView,
  CompletionUnitView,
  CompletionView,
} from '../../../../domain/monitoring/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { ShortCache } from '../../../platform/cache.js';
import { AppError, fieldInvalid, notFound } from '../../../platform/errors.js';
import { actorCan, requireActor } from '../../auth/index.js';
import * as repo from '../monitoring.repository.js';

const zero = (): CompletionCounts => ({
  employees: 0,
  notStarted: 0,
  draft: 0,
  submitted: 0,
  returned: 0,
  approved: 0,
  reportedProgress: 0,
  evaluationsDone: 0,
});

function add(into: CompletionCounts, c: CompletionCounts) {
  for (const k of Object.keys(into) as Array<keyof CompletionCounts>) into[k] += c[k];
}

/** The unit tree with the units the caller may see: every unit (HR, agency head) or their headed subtrees. */
interface Scope {
  tree: repo.TreeUnit[];
  children: Map<string | null, string[]>;
  /** the tops of what the caller may see; null = everything */
  allowedRoots: string[] | null;
  visible: Set<string>;
}

function subtreeOf(children: Map<string | null, string[]>, root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** HR and the agency head see every unit; a unit head (or acting Plt/Plh) their units' subtrees; others 403. */
async function scopeFor(deps: Deps, ctx: RequestContext): Promise<Scope> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const tree = await repo.unitTree(db);
  const children = new Map<string | null, string[]>();
  for (const u of tree) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
  if (actorCan(actor, 'read:monitoring'))
    return { tree, children, allowedRoots: null, visible: new Set(tree.map((u) => u.id)) };
  const headed = actor.employeeId
    ? await repo.headedUnits(db, actor.employeeId, dateIn(deps.clock.now()))
    : [];
  if (headed.length === 0) throw new AppError('FORBIDDEN');
  const visible = new Set(headed.flatMap((id) => subtreeOf(children, id)));
  // A headed unit inside another headed subtree is not a top of its own.
  const parentOf = new Map(tree.map((u) => [u.id, u.parent_id]));
  const allowedRoots = headed.filter((id) => {
    for (let p = parentOf.get(id); p; p = parentOf.get(p)) if (headed.includes(p)) return false;
    return true;
  });
  return { tree, children, allowedRoots, visible };
}

/** The requested unit must exist (404) and be inside the caller's scope (403). */
function checkUnit(scope: Scope, unitId: string) {
  if (!scope.tree.some((u) => u.id === unitId)) throw notFound();
  if (!scope.visible.has(unitId)) throw new AppError('FORBIDDEN');
}

/** The period the numbers are about: the one asked for (of this cycle), else the current periodic one. */
/** The days the numbers look at: the period's (a transfer counts the employee where their plan then was). */
const windowOf = (
  cycle: { startDate: string; endDate: string },
  period: { startDate: string; endDate: string } | null | undefined,
): repo.Window =>
  period ? { from: period.startDate, to: period.endDate } : { from: cycle.startDate, to: cycle.endDate };

async function resolvePeriod(db: Executor, cycleId: string, periodId: string | undefined, today: string) {
  const all = await repo.periodsOfCycle(db, cycleId);
  if (periodId) {
    const p = all.find((x) => x.id === periodId);
    if (!p) throw fieldInvalid('periodId', 'progress.periodNotInCycle', 'not_in_cycle');
    return p;
  }
  // The picker rule of issue 12: the current period while progress may be recorded for it (not locked), else the
  // latest ended one.
  return defaultPeriodOf(all, today, (p) => p.status === 'open');
}

async function loadCycle(db: Executor, cycleId: string) {
  const cycle = await repo.findCycle(db, cycleId);
  if (!cycle) throw notFound();
  return cycle;
}

/**
 * The whole organisation's numbers are the same for every caller who may see them (HR, the agency head) and cost a
 * pass over every employee: they are shared for 30 s, and forgotten after any write request in this process
 * (`forgetOrganisationCounts`). Another server process's writes show within the 30 s.
 */
const ORGANISATION_COUNTS_TTL_MS = 30_000;
const organisationCache = new ShortCache<repo.UnitCountsRow[]>(ORGANISATION_COUNTS_TTL_MS);

const organisationKey = (cycleId: string, periodId: string | null, window: repo.Window) =>
  [cycleId, periodId, window.from, window.to].join('|');

function organisationCounts(deps: Deps, cycleId: string, periodId: string | null, window: repo.Window) {
  const db = deps.database.db;
  return organisationCache.get(db, organisationKey(cycleId, periodId, window), () =>
    repo.countsByUnit(db, cycleId, periodId, window),
  );
}

/**
 * Some units' own numbers: taken from the organisation-wide numbers while this process holds them (a unit's own
 * counts are the same whichever subtree is asked for), else counted over those units alone — never the
 * organisation-wide pass for one unit, which a stream of writes (each forgets the cache) would repeat every time.
 */
async function unitCounts(
  deps: Deps,
  cycleId: string,
  periodId: string | null,
  window: repo.Window,
  unitIds: string[],
): Promise<repo.UnitCountsRow[]> {
  const db = deps.database.db;
  const cached = organisationCache.peek(db, organisationKey(cycleId, periodId, window));
  if (cached) {
    const wanted = new Set(unitIds);
    return (await cached).filter((r) => wanted.has(r.unit_id));
  }
  return repo.countsByUnit(db, cycleId, periodId, window, unitIds);
}

/** Drops the cached organisation-wide numbers (after a write). */
export const forgetOrganisationCounts = (deps: Deps) => organisationCache.clear(deps.database.db);

export async function completion(
  deps: Deps,
  ctx: RequestContext,
  query: CompletionQuery,
): Promise<CompletionView & { cycleYear: number }> {
  const scope = await scopeFor(deps, ctx);
  if (query.unitId) checkUnit(scope, query.unitId);
  const db = deps.database.db;
  const cycle = await loadCycle(db, query.cycleId);
  const period = await resolvePeriod(db, cycle.id, query.periodId, dateIn(deps.clock.now()));
  const roots = query.unitId
    ? [query.unitId]
    : (scope.allowedRoots ?? scope.tree.filter((u) => u.parent_id === null).map((u) => u.id));
  // One unit's (or one head's) numbers are counted over their subtrees only; the whole organisation's are cached
  // briefly (the agency dashboard is what everyone opens at a deadline).
  const rows =
    query.unitId || scope.allowedRoots
      ? await unitCounts(
          deps,
          cycle.id,
          period?.id ?? null,
          windowOf(cycle, period),
          roots.flatMap((r) => subtreeOf(scope.children, r)),
        )
      : await organisationCounts(deps, cycle.id, period?.id ?? null, windowOf(cycle, period));

  const own = new Map<string, CompletionCounts>();
  for (const r of rows) {
    own.set(r.unit_id, {
      employees: Number(r.employees),
      notStarted: Number(r.not_started),
      draft: Number(r.draft),
      submitted: Number(r.submitted),
      returned: Number(r.returned),
      approved: Number(r.approved),
      reportedProgress: Number(r.reported),
      evaluationsDone: Number(r.evaluated),
    });
  }
  // Subtree totals, children before parents (the tree is in depth-first order: walk it backwards).
  const total = new Map<string, CompletionCounts>();
  for (const u of [...scope.tree].reverse()) {
    const t = zero();
    add(t, own.get(u.id) ?? zero());
    for (const c of scope.children.get(u.id) ?? []) add(t, total.get(c)!);
    total.set(u.id, t);
  }

  const byId = new Map(scope.tree.map((u) => [u.id, u]));
  const units: CompletionUnitView[] = [];
  const walk = (id: string, depth: number) => {
    const u = byId.get(id)!;
    units.push({
      unitId: u.id,
      code: u.code,
      name: u.name,
      parentId: u.parent_id,
      depth,
      own: own.get(u.id) ?? zero(),
      total: total.get(u.id)!,
    });
    for (const c of scope.children.get(id) ?? []) walk(c, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  const totals = zero();
  for (const r of roots) add(totals, total.get(r)!);
  return {
    cycleId: cycle.id,
    cycleYear: cycle.year,
    period: period ? { id: period.id, label: period.label } : null,
    evaluationsAvailable: period !== null,
    units,
    totals,
  };
}

export async function completionPeople(
  deps: Deps,
  ctx: RequestContext,
  query: CompletionPeopleQuery,
): Promise<{ items: CompletionPersonView[]; total: number; period: { id: string; label: string } | null }> {
  const scope = await scopeFor(deps, ctx);
  checkUnit(scope, query.unitId);
  const db = deps.database.db;
  const cycle = await loadCycle(db, query.cycleId);
  const period = await resolvePeriod(db, cycle.id, query.periodId, dateIn(deps.clock.now()));
  const { rows, total } = await repo.people(db, {
    cycleId: cycle.id,
    periodId: period?.id ?? null,
    window: windowOf(cycle, period),
    unitId: query.unitId,
    subtree: query.scope === 'subtree',
    status: query.status,
    limit: query.limit,
    offset: query.offset,
  });
  return {
    items: rows.map((r) => ({
      employeeId: r.id,
      name: r.name,
      nip: r.nip,
      positionTitle: r.position_title,
      unitId: r.unit_id,
      unitName: r.unit_name,
      planId: r.plan_id,
      planStatus: r.plan_status,
      reportedProgress: Boolean(r.reported),
    })),
    total,
    period: period ? { id: period.id, label: period.label } : null,
  };
}
