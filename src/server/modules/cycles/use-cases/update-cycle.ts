import type { UpdateCycleInput } from '../../../../domain/cycles/schemas.js';
import type { CycleView } from '../../../../domain/cycles/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { cycles } from '../../../platform/db/schema.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { presentCycle } from '../cycles.presenter.js';
import * as repo from '../cycles.repository.js';
import { notFound } from '../../../platform/errors.js';
import { canManageCycles } from '../cycles.policy.js';
import { cycleClosed } from './guard.js';
import { cycleView } from './load-cycle.js';

/** Changes a cycle's planning deadline (optimistic locking with `version`); a closed cycle answers 409. */
export async function updateCycle(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: UpdateCycleInput,
): Promise<CycleView> {
  canManageCycles(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const existing = await repo.findCycleRowForUpdate(tx, id);
    if (!existing) throw notFound();
    if (existing.status === 'closed') throw cycleClosed(existing, 'update_cycle');
    // The periods do not change here: the cycle's view before and after shows the same ones.
    const periods = await repo.periodsOf(tx, [id]);
    const row = await updateVersioned(
      tx,
      ctx,
      cycles,
      existing,
      input.planningDeadline !== undefined ? { planningDeadline: input.planningDeadline } : {},
      {
        now,
        expected: input.version,
        audit: { action: 'cycle.update', entityType: 'cycle', snapshot: (r) => presentCycle(r, periods) },
      },
    );
    return cycleView(tx, row, ctx);
  });
}
