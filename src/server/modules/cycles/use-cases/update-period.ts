import type { PeriodStatus, PeriodAction } from '../../../../domain/cycles/status.js';
import { nextPeriodStatus } from '../../../../domain/cycles/status.js';
import type { UpdatePeriodInput } from '../../../../domain/cycles/schemas.js';
import type { PeriodView } from '../../../../domain/cycles/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Tx } from '../../../platform/db/client.js';
import { assertVersion, lockedStep, updateVersioned } from '../../../platform/db/steps.js';
import { periods } from '../../../platform/db/schema.js';
import { AppError, fieldInvalid } from '../../../platform/errors.js';
import * as repo from '../cycles.repository.js';
import { assertCycleOpen } from './guard.js';
import { presentPeriod } from '../cycles.presenter.js';
import { canManageCycles } from '../cycles.policy.js';

/**
 * A locked step on a period (`lockedStep`): 404 when there is none in the cycle of the path, 409 `cycle_closed`
 * when its cycle is closed (reopen the cycle first).
 */
function withPeriod<T>(
  deps: Deps,
  cycleId: string,
  periodId: string,
  action: string,
  step: (tx: Tx, period: repo.PeriodRow, now: Date) => Promise<T>,
): Promise<T> {
  return lockedStep(
    deps,
    async (tx) => {
      // The cycle first (as closing does: cycle, then its periods): a closed year's periods do not change.
      await assertCycleOpen(tx, cycleId, action);
      const row = await repo.findPeriodRowForUpdate(tx, periodId);
      return row?.cycleId === cycleId ? row : undefined;
    },
    () => Promise.resolve(undefined),
    (tx, period, _none, now) => step(tx, period, now),
  );
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
  return withPeriod(deps, cycleId, periodId, 'update_period', async (tx, existing, now) => {
    assertVersion(existing, input.version);
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
    const row = await updateVersioned(
      tx,
      ctx,
      periods,
      existing,
      { progressDeadline, evaluationDeadline },
      { now, audit: { action: 'period.update', entityType: 'period', snapshot: presentPeriod } },
    );
    return presentPeriod(row);
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
  return withPeriod(deps, cycleId, periodId, action, async (tx, existing, now) => {
    const status: PeriodStatus | null = nextPeriodStatus(existing.status, action);
    if (!status) {
      throw new AppError(
        'INVALID_TRANSITION',
        action === 'lock' ? 'period.alreadyLocked' : 'period.notLocked',
        { status: existing.status, action },
      );
    }
    const row = await updateVersioned(
      tx,
      ctx,
      periods,
      existing,
      { status, lockedAt: status === 'locked' ? now : null },
      {
        now,
        audit: {
          action: `period.${action}`,
          entityType: 'period',
          snapshot: presentPeriod,
          extra: { reason: reason || null },
        },
      },
    );
    return presentPeriod(row);
  });
}
