import { todayIso } from '../../lib/format';
import type { Cycle, Period } from './types';

/**
 * The period the calibration pages open on: the periodic period that contains today, else the annual one (what
 * the Penetapan covers), else the last period of the cycle.
 */
export function calibrationPeriodId(cycle: Cycle | null | undefined, today = todayIso()): string | null {
  if (!cycle || cycle.periods.length === 0) return null;
  const current = cycle.periods.find(
    (p) => p.kind === 'periodic' && p.startDate <= today && today <= p.endDate,
  );
  if (current) return current.id;
  const annual = cycle.periods.find((p) => p.kind === 'annual');
  return (annual ?? cycle.periods[cycle.periods.length - 1])?.id ?? null;
}

/**
 * The period a team's evaluations open on: the periodic period containing today, else the latest periodic one
 * that has started, else the first period.
 */
export function evaluationPeriod(periods: readonly Period[], today = todayIso()): Period | null {
  const periodic = periods.filter((p) => p.kind === 'periodic');
  const containing = periodic.find((p) => p.startDate <= today && today <= p.endDate);
  if (containing) return containing;
  const started = periodic.filter((p) => p.startDate <= today);
  return started[started.length - 1] ?? periods[0] ?? null;
}
