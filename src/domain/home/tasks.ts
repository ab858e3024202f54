import { addDays } from '../cycles/dates.js';
import type { HomeTask, HomeTaskKind, TaskSeverity } from './view.js';

/** A deadline within this many days makes a task `due`. */
export const DUE_SOON_DAYS = 7;

/** overdue once the deadline has passed, due within `DUE_SOON_DAYS`, else info (no deadline: `fallback`). */
export function severityOf(
  dueDate: string | null,
  today: string,
  fallback: TaskSeverity = 'info',
): TaskSeverity {
  if (!dueDate) return fallback;
  if (dueDate < today) return 'overdue';
  if (dueDate <= addDays(today, DUE_SOON_DAYS)) return 'due';
  return fallback;
}

/** Among tasks of equal severity and deadline: what the person most often must do first. */
const KIND_ORDER: Record<HomeTaskKind, number> = {
  'progress.record': 0,
  'plan.draft': 1,
  'objections.decide': 2,
  'evaluations.due': 3,
  'plans.approve': 4,
  'objections.explain': 5,
  'evaluation.acknowledge': 6,
  'development.due': 7,
  'development.review': 8,
  'feedback.unread': 9,
};
const SEVERITY_ORDER: Record<TaskSeverity, number> = { overdue: 0, due: 1, info: 2 };

/**
 * The next action first: the current period's progress leads (the one thing an employee does every month), then by
 * severity (overdue, due, info), then the nearest deadline (none last), then the kind.
 */
export function orderTasks(tasks: readonly HomeTask[], currentPeriodId: string | null): HomeTask[] {
  const current = (t: HomeTask) =>
    t.kind === 'progress.record' && t.periodId !== null && t.periodId === currentPeriodId ? 0 : 1;
  return [...tasks].sort(
    (a, b) =>
      current(a) - current(b) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}
