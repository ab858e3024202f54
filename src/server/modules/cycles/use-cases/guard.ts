import type { Executor } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors.js';
import * as repo from '../cycles.repository.js';

/** 409 INVALID_TRANSITION (`details.reason: 'cycle_closed'`): the cycle is closed and its data read-only. */
export const cycleClosed = (cycle: { id: string; year: number }, action: string) =>
  new AppError(
    'INVALID_TRANSITION',
    'cycle.closed',
    { status: 'closed', action, reason: 'cycle_closed', cycleId: cycle.id, year: cycle.year },
    { year: cycle.year },
  );

/**
 * The one guard of a closed cycle (issue 10): every write that belongs to a cycle — work plans and their dialogue,
 * progress and evidence, feedback and dialogues, periods — calls it inside its transaction, after its own 404/403
 * checks, with the name of the step. A closed cycle answers 409 INVALID_TRANSITION `cycle_closed`; an unknown cycle
 * passes (the caller answers its own 404). The cycle row is share-locked, so a write that passed holds the close
 * back until it commits, and a close that committed first is seen.
 */
export async function assertCycleOpen(tx: Executor, cycleId: string, action: string): Promise<void> {
  const cycle = await repo.cycleStatusForShare(tx, cycleId);
  if (cycle?.status === 'closed') throw cycleClosed(cycle, action);
}
