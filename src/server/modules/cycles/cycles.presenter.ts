import type { CycleView, PeriodView } from '../../../domain/cycles/view.js';
import type { CycleRow, PeriodRow } from './cycles.repository.js';

export const presentPeriod = (p: PeriodRow): PeriodView => ({
  id: p.id,
  cycleId: p.cycleId,
  kind: p.kind,
  index: p.index,
  label: p.label,
  startDate: p.startDate,
  endDate: p.endDate,
  progressDeadline: p.progressDeadline,
  evaluationDeadline: p.evaluationDeadline,
  status: p.status,
  lockedAt: p.lockedAt ? p.lockedAt.toISOString() : null,
  version: p.version,
});

/** Periodic periods in calendar order, then the annual period. */
const periodOrder = (a: PeriodRow, b: PeriodRow) =>
  Number(a.kind === 'annual') - Number(b.kind === 'annual') || a.index - b.index;

/** What the presenter needs besides the rows: who closed the cycle, and whether the caller manages cycles. */
export interface CycleExtras {
  closedByName?: string | null;
  canManage?: boolean;
}

export const presentCycle = (
  c: CycleRow,
  periods: readonly PeriodRow[],
  extras: CycleExtras = {},
): CycleView => ({
  id: c.id,
  year: c.year,
  startDate: c.startDate,
  endDate: c.endDate,
  frequency: c.frequency,
  planningDeadline: c.planningDeadline,
  status: c.status,
  closedAt: c.closedAt ? c.closedAt.toISOString() : null,
  closedByName: c.status === 'closed' ? (extras.closedByName ?? null) : null,
  version: c.version,
  can: {
    close: Boolean(extras.canManage) && c.status === 'open',
    reopen: Boolean(extras.canManage) && c.status === 'closed',
  },
  periods: periods
    .filter((p) => p.cycleId === c.id)
    .sort(periodOrder)
    .map(presentPeriod),
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});
