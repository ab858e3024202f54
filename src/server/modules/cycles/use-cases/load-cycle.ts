import type { CycleView, PeriodView } from '../../../../domain/cycles/view.js';
import type { Executor } from '../../../platform/db/client.js';
import * as repo from '../cycles.repository.js';
import { presentCycle, presentPeriod } from '../cycles.presenter.js';

/** A cycle with its periods, or null. */
export async function findCycle(db: Executor, id: string): Promise<CycleView | null> {
  const row = await repo.findCycleRow(db, id);
  if (!row) return null;
  return presentCycle(row, await repo.periodsOf(db, [row.id]));
}

/** One period (with its `cycleId`), or null. */
export async function findPeriod(db: Executor, id: string): Promise<PeriodView | null> {
  const row = await repo.findPeriodRow(db, id);
  return row ? presentPeriod(row) : null;
}

/** The cycle whose dates contain `today` (a `YYYY-MM-DD` date in Asia/Jakarta), else the newest; null when none. */
export async function currentCycle(db: Executor, today: string): Promise<CycleView | null> {
  const row = await repo.currentCycleRow(db, today);
  if (!row) return null;
  return presentCycle(row, await repo.periodsOf(db, [row.id]));
}

export async function listCycles(db: Executor, limit: number, offset: number) {
  const { items, total } = await repo.listCycleRows(db, limit, offset);
  const periods = await repo.periodsOf(
    db,
    items.map((c) => c.id),
  );
  return { items: items.map((c) => presentCycle(c, periods)), total };
}
