import type { CycleView, PeriodView } from '../../../../domain/cycles/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/client.js';
import { actorCan } from '../../auth/index.js';
import * as repo from '../cycles.repository.js';
import { presentCycle, presentPeriod } from '../cycles.presenter.js';

/** Whether the caller manages cycles (the views' `can` flags); false without a signed-in caller. */
export const managesCycles = (ctx: RequestContext | null | undefined) =>
  Boolean(ctx?.actor && actorCan(ctx.actor, 'manage:cycles'));

/** The cycles as views: their periods, who closed them, and what the caller may do with them. */
export async function cycleViews(
  db: Executor,
  rows: readonly repo.CycleRow[],
  ctx?: RequestContext | null,
): Promise<CycleView[]> {
  const [periods, names] = await Promise.all([
    repo.periodsOf(
      db,
      rows.map((c) => c.id),
    ),
    repo.closerNames(db, [...new Set(rows.flatMap((c) => (c.closedBy ? [c.closedBy] : [])))]),
  ]);
  const canManage = managesCycles(ctx);
  return rows.map((c) =>
    presentCycle(c, periods, { closedByName: c.closedBy ? names.get(c.closedBy) : null, canManage }),
  );
}

/** One cycle as a view (see `cycleViews`). */
export const cycleView = async (db: Executor, row: repo.CycleRow, ctx?: RequestContext | null) =>
  (await cycleViews(db, [row], ctx))[0]!;

/** A cycle with its periods, or null. `ctx` fills the `can` flags (all false without it). */
export async function findCycle(
  db: Executor,
  id: string,
  ctx?: RequestContext | null,
): Promise<CycleView | null> {
  const row = await repo.findCycleRow(db, id);
  return row ? cycleView(db, row, ctx) : null;
}

/** One period (with its `cycleId`), or null. */
export async function findPeriod(db: Executor, id: string): Promise<PeriodView | null> {
  const row = await repo.findPeriodRow(db, id);
  return row ? presentPeriod(row) : null;
}

/** The cycle whose dates contain `today` (a `YYYY-MM-DD` date in Asia/Jakarta), else the newest; null when none. */
export async function currentCycle(
  db: Executor,
  today: string,
  ctx?: RequestContext | null,
): Promise<CycleView | null> {
  const row = await repo.currentCycleRow(db, today);
  return row ? cycleView(db, row, ctx) : null;
}

export async function listCycles(db: Executor, limit: number, offset: number, ctx?: RequestContext | null) {
  const { items, total } = await repo.listCycleRows(db, limit, offset);
  return { items: await cycleViews(db, items, ctx), total };
}
