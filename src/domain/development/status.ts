import type { PlanProgress } from './view.js';

/**
 * The life of a development plan (issue 14). A plan is `open` while it is worked on; it becomes `done` once both
 * parties agreed it (only the employee when it has no assessor) and every item not cancelled is completed — at
 * least one. A plan whose evaluation is no longer poor is `cancelled` (by the finalisation sync).
 * Adding or cancelling an item changes what was agreed: both agreements are cleared.
 */

export interface PlanState {
  hasAssessor: boolean;
  agreedByEmployee: boolean;
  agreedByAssessor: boolean;
  items: ReadonlyArray<{ status: 'planned' | 'completed' | 'cancelled' }>;
}

export function isAgreed(s: Pick<PlanState, 'hasAssessor' | 'agreedByEmployee' | 'agreedByAssessor'>) {
  return s.agreedByEmployee && (!s.hasAssessor || s.agreedByAssessor);
}

/** `done` when agreed and every live item completed (at least one), else `open`. */
export function statusOf(s: PlanState): 'open' | 'done' {
  const live = s.items.filter((i) => i.status !== 'cancelled');
  const allDone = live.length > 0 && live.every((i) => i.status === 'completed');
  return isAgreed(s) && allDone ? 'done' : 'open';
}

/** The progress summary of a plan's items on `today` (YYYY-MM-DD, Asia/Jakarta). */
export function progressOf(
  items: ReadonlyArray<{ status: 'planned' | 'completed' | 'cancelled'; dueDate: string; hours: number }>,
  today: string,
): PlanProgress {
  const live = items.filter((i) => i.status !== 'cancelled');
  const completed = live.filter((i) => i.status === 'completed');
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    total: live.length,
    completed: completed.length,
    planned: live.length - completed.length,
    overdue: live.filter((i) => i.status === 'planned' && i.dueDate < today).length,
    cancelled: items.length - live.length,
    hours: round(live.reduce((s, i) => s + i.hours, 0)),
    completedHours: round(completed.reduce((s, i) => s + i.hours, 0)),
  };
}
