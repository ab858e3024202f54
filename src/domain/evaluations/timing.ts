/**
 * When assessment steps may happen (domain §5, §7), on calendar days in the working time zone (Asia/Jakarta).
 * Dates are `YYYY-MM-DD`.
 */
import { addDays } from '../cycles/dates.js';
import { DEFAULT_TIME_ZONE, dateIn } from '../dates.js';

export const DEFAULT_FINALIZE_DAYS_BEFORE = 5;
export const DEFAULT_EXPLANATION_WORKING_DAYS = 5;
export const DEFAULT_DECISION_DAYS = 14;

export { addDays };

/** Monday–Friday (public holidays are not modelled: a deadline over a holiday falls a day early). */
export function isWorkingDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day !== 0 && day !== 6;
}

/** The `n`th working day after `date` (the day itself is day 0). */
export function addWorkingDays(date: string, n: number): string {
  let day = date;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * The first day an evaluation may be finalised: `daysBefore` days before the end of its period (for the annual
 * evaluation, the end of the cycle).
 */
export const finalizationOpensOn = (periodEnd: string, daysBefore = DEFAULT_FINALIZE_DAYS_BEFORE) =>
  addDays(periodEnd, -daysBefore);

export const canFinalizeOn = (today: string, periodEnd: string, daysBefore = DEFAULT_FINALIZE_DAYS_BEFORE) =>
  today >= finalizationOpensOn(periodEnd, daysBefore);

/** The last day the parties have to explain an objection: `workingDays` working days after the request. */
export function explanationsDueOn(
  requestedAt: Date,
  workingDays = DEFAULT_EXPLANATION_WORKING_DAYS,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  return addWorkingDays(dateIn(requestedAt, timeZone), workingDays);
}

/** The day an objection should be decided by: `days` calendar days after it was filed. */
export function decisionDueOn(
  filedAt: Date,
  days = DEFAULT_DECISION_DAYS,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  return addDays(dateIn(filedAt, timeZone), days);
}

export type DecisionReadiness =
  /** both parties explained, or their time ran out */
  | { ready: true }
  | { ready: false; reason: 'not_requested' }
  | { ready: false; reason: 'waiting'; dueOn: string; missing: Array<'employee' | 'assessor'> };

/**
 * PP 30/2019 art. 59 (3)–(4): the decider asks both parties for explanations, then decides. Deciding is possible once
 * both explanations are in, or once the day after their deadline has come.
 */
export function decisionReadiness(
  o: {
    explanationsRequestedAt: Date | null;
    employeeExplainedAt: Date | null;
    assessorExplainedAt: Date | null;
  },
  now: Date,
  workingDays = DEFAULT_EXPLANATION_WORKING_DAYS,
  timeZone = DEFAULT_TIME_ZONE,
): DecisionReadiness {
  if (!o.explanationsRequestedAt) return { ready: false, reason: 'not_requested' };
  const missing = [
    ...(o.employeeExplainedAt ? [] : (['employee'] as const)),
    ...(o.assessorExplainedAt ? [] : (['assessor'] as const)),
  ];
  if (missing.length === 0) return { ready: true };
  const dueOn = explanationsDueOn(o.explanationsRequestedAt, workingDays, timeZone);
  if (dateIn(now, timeZone) > dueOn) return { ready: true };
  return { ready: false, reason: 'waiting', dueOn, missing };
}
