/**
 * Which plan is in force when (domain §3, §6): an employee has one plan per stretch of the cycle — several when a
 * transfer (mutasi) ends one and opens the next — and the stretches never overlap. Dates are `YYYY-MM-DD`.
 */

export interface PlanSpan {
  startDate: string;
  /** null: to the end of the cycle */
  endDate: string | null;
}

/** Whether two stretches share at least one day. */
export function spansOverlap(a: PlanSpan, b: PlanSpan): boolean {
  return a.startDate <= (b.endDate ?? '9999-12-31') && b.startDate <= (a.endDate ?? '9999-12-31');
}

/** Whether the plan is in force on the day. */
export const inForceOn = (plan: PlanSpan, day: string) =>
  plan.startDate <= day && (plan.endDate === null || day <= plan.endDate);

/**
 * The plan a period belongs to: the one in force on the period's last day (a transfer during the period hands it to
 * the new assessor); when none is (the employee left before it ended), the last one in force during the period.
 */
export function planForPeriod<P extends PlanSpan>(
  plans: readonly P[],
  period: { startDate: string; endDate: string },
): P | null {
  const atEnd = plans.find((p) => inForceOn(p, period.endDate));
  if (atEnd) return atEnd;
  const during = plans
    .filter((p) => spansOverlap(p, period))
    .sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
  return during[0] ?? null;
}

/** Whole and part months of `span` within [from, to], counted by days (a month is its own length). */
export function monthsWithin(span: PlanSpan, from: string, to: string): number {
  const start = span.startDate > from ? span.startDate : from;
  const end = span.endDate !== null && span.endDate < to ? span.endDate : to;
  if (start > end) return 0;
  let months = 0;
  let [y, m] = start.split('-').map(Number) as [number, number];
  for (;;) {
    const first = `${y}-${String(m).padStart(2, '0')}-01`;
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const last = `${y}-${String(m).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
    if (first > end) break;
    const a = start > first ? start : first;
    const b = end < last ? end : last;
    if (a <= b) months += (Number(b.slice(8)) - Number(a.slice(8)) + 1) / lastDay;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return Math.round(months * 100) / 100;
}

/** Whether the plan has ended (a transfer set its last day): it is kept, read-only. */
export const planEnded = (plan: PlanSpan) => plan.endDate !== null;
