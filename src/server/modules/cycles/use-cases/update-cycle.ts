import { and, eq } from 'drizzle-orm';
import type { UpdateCycleInput } from '../../../../domain/cycles/schemas.js';
import type { CycleView } from '../../../../domain/cycles/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { cycles } from '../../../platform/db/schema.js';
import { notFound, staleVersion } from '../../../platform/errors.js';
import { canManageCycles } from '../cycles.policy.js';
import { findCycle } from './load-cycle.js';

/** Changes a cycle's planning deadline (optimistic locking with `version`). */
export async function updateCycle(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: UpdateCycleInput,
): Promise<CycleView> {
  canManageCycles(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const before = await findCycle(tx, id);
    if (!before) throw notFound();
    if (input.version !== undefined && input.version !== before.version) throw staleVersion();
    const [row] = await tx
      .update(cycles)
      .set({
        ...(input.planningDeadline !== undefined ? { planningDeadline: input.planningDeadline } : {}),
        version: before.version + 1,
        updatedAt: now,
      })
      .where(and(eq(cycles.id, id), eq(cycles.version, before.version)))
      .returning();
    if (!row) throw staleVersion();
    const after = (await findCycle(tx, id))!;
    await appendAudit(
      tx,
      ctx,
      { action: 'cycle.update', entityType: 'cycle', entityId: id, before, after },
      now,
    );
    return after;
  });
}
