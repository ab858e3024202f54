/** A cycle is open until HR closes the year (every period locked, everything read-only); HR may reopen it. */
export const CYCLE_STATUSES = ['open', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/**
 * A period is open for progress reports and evaluations until HR locks it; HR may unlock it again (with a
 * reason, audited).
 */
export const PERIOD_STATUSES = ['open', 'locked'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export const PERIOD_ACTIONS = ['lock', 'unlock'] as const;
export type PeriodAction = (typeof PERIOD_ACTIONS)[number];

export const PERIOD_TRANSITIONS: Record<PeriodAction, { from: readonly PeriodStatus[]; to: PeriodStatus }> = {
  lock: { from: ['open'], to: 'locked' },
  unlock: { from: ['locked'], to: 'open' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextPeriodStatus(status: PeriodStatus, action: PeriodAction): PeriodStatus | null {
  const t = PERIOD_TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}
