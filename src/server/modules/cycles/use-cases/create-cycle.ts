import { generatePeriods, defaultPlanningDeadline } from '../../../../domain/cycles/periods.js';
import type { CreateCycleInput } from '../../../../domain/cycles/schemas.js';
import type { CycleView } from '../../../../domain/cycles/view.js';
import { appendAuditMany } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { cycles, periods } from '../../../platform/db/schema.js';
import { fieldConflict } from '../../../platform/errors.js';
import * as repo from '../cycles.repository.js';
import { presentCycle } from '../cycles.presenter.js';
import { canManageCycles } from '../cycles.policy.js';
import { managesCycles } from './load-cycle.js';

/**
 * Creates a cycle with its periods: one per calendar month or quarter inside the range (the first and last
 * clipped to it) and the annual period, each with default deadlines. One cycle per year.
 */
export async function createCycle(
  deps: Deps,
  ctx: RequestContext,
  input: CreateCycleInput,
): Promise<CycleView> {
  canManageCycles(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    await repo.lockCycles(tx);
    if (await repo.findCycleByYear(tx, input.year)) throw fieldConflict('year', 'cycle.duplicateYear');
    const [cycle] = await tx
      .insert(cycles)
      .values({
        year: input.year,
        startDate: input.startDate,
        endDate: input.endDate,
        frequency: input.frequency,
        planningDeadline: input.planningDeadline ?? defaultPlanningDeadline(input.year),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const rows = await tx
      .insert(periods)
      .values(
        generatePeriods(input).map((p) => ({ ...p, cycleId: cycle!.id, createdAt: now, updatedAt: now })),
      )
      .returning();
    const view = presentCycle(cycle!, rows, { canManage: managesCycles(ctx) });
    await appendAuditMany(
      tx,
      ctx,
      [
        { action: 'cycle.create', entityType: 'cycle', entityId: view.id, after: view },
        ...view.periods.map((p) => ({
          action: 'period.create',
          entityType: 'period',
          entityId: p.id,
          after: p,
        })),
      ],
      now,
    );
    return view;
  });
}
