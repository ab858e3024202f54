import { and, eq } from 'drizzle-orm';
import type { PeriodStatus, PeriodAction } from '../../../../domain/cycles/status.js';
import { nextPeriodStatus } from '../../../../domain/cycles/status.js';
import type { UpdatePeriodInput } from '../../../../domain/cycles/schemas.js';
import type { PeriodView } from '../../../../domain/cycles/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { periods } from '../../../platform/db/schema.js';
import { AppError, fieldInvalid, notFound, staleVersion } from '../../../platform/errors.js';
import * as repo from '../cycles.repository.js';
import { presentPeriod } from '../cycles.presenter.js';
import { canManageCycles } from '../cycles.policy.js';

/** The period, checked to belong to the cycle of the path (404 otherwise). */
async function loadPeriod(tx: Executor, cycleId: string, periodId: string) {
  const row = await repo.findPeriodRowForUpdate(tx, periodId);
  if (!row || row.cycleId !== cycleId) throw notFound();
  return row;
}

/** Changes a period's deadlines; a deadline may not fall before the period starts, nor evaluation before progress. */
export async function updatePeriod(
  deps: Deps,
  ctx: RequestContext,
  cycleId: string,
  periodId: string,
  input: UpdatePeriodInput,
): Promise<PeriodView> {
  canManageCycles(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const existing = await loadPeriod(tx, cycleId, periodId);
    if (input.version !== undefined && input.version !== existing.version) throw staleVersion();
    const progressDeadline =
      input.progressDeadline !== undefined ? input.progressDeadline : existing.progressDeadline;
    const evaluationDeadline =
      input.evaluationDeadline !== undefined ? input.evaluationDeadline : existing.evaluationDeadline;
    if (progressDeadline && progressDeadline < existing.startDate) {
      throw fieldInvalid('progressDeadline', 'period.deadlineBeforeStart');
    }
    if (evaluationDeadline && evaluationDeadline < existing.startDate) {
      throw fieldInvalid('evaluationDeadline', 'period.deadlineBeforeStart');
    }
    if (progressDeadline && evaluationDeadline && evaluationDeadline < progressDeadline) {
      throw fieldInvalid('evaluationDeadline', 'period.deadlineOrder');
    }
    const [row] = await tx
      .update(periods)
      .set({ progressDeadline, evaluationDeadline, version: existing.version + 1, updatedAt: now })
      .where(and(eq(periods.id, periodId), eq(periods.version, existing.version)))
      .returning();
    if (!row) throw staleVersion();
    const before = presentPeriod(existing);
    const after = presentPeriod(row);
    await appendAudit(
      tx,
      ctx,
      { action: 'period.update', entityType: 'period', entityId: periodId, before, after },
      now,
    );
    return after;
  });
}

/**
 * Locks a period (no more progress reports or evaluations) or unlocks it again. A step not allowed from the
 * current status answers 409 INVALID_TRANSITION with `{status, action}`. The reason goes into the audit entry.
 */
export async function changePeriodStatus(
  deps: Deps,
  ctx: RequestContext,
  cycleId: string,
  periodId: string,
  action: PeriodAction,
  reason: string | null,
): Promise<PeriodView> {
  canManageCycles(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const existing = await loadPeriod(tx, cycleId, periodId);
    const status: PeriodStatus | null = nextPeriodStatus(existing.status, action);
    if (!status) {
      throw new AppError(
        'INVALID_TRANSITION',
        action === 'lock' ? 'period.alreadyLocked' : 'period.notLocked',
        { status: existing.status, action },
      );
    }
    const [row] = await tx
      .update(periods)
      .set({
        status,
        lockedAt: status === 'locked' ? now : null,
        version: existing.version + 1,
        updatedAt: now,
      })
      .where(and(eq(periods.id, periodId), eq(periods.version, existing.version)))
      .returning();
    if (!row) throw staleVersion();
    const before = presentPeriod(existing);
    const after = presentPeriod(row);
    await appendAudit(
      tx,
      ctx,
      {
        action: `period.${action}`,
        entityType: 'period',
        entityId: periodId,
        before,
        after: { ...after, reason: reason || null },
      },
      now,
    );
    return after;
  });
}
