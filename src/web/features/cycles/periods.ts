import { defaultPeriodOf } from '../../../domain/cycles/default-period';
import {
  canFinalizeOn,
  DEFAULT_FINALIZE_DAYS_BEFORE,
  finalizationOpensOn,
} from '../../../domain/evaluations/timing';
import { todayIso } from '../../lib/format';
import type { Cycle, Period } from './types';

/**
 * The period the calibration pages open on: the one the team's evaluations open on when its finalisation has opened
 * (so the board, the organisation predicates and Evaluasi Tim agree), else the periodic period that contains today,
 * else the annual one (what the Penetapan covers), else the last period of the cycle.
 */
export function calibrationPeriodId(cycle: Cycle | null | undefined, today = todayIso()): string | null {
  if (!cycle || cycle.periods.length === 0) return null;
  const periodic = cycle.periods.filter((p) => p.kind === 'periodic');
  const open = periodic.filter((p) => finalizationOpensOn(p.endDate, DEFAULT_FINALIZE_DAYS_BEFORE) <= today);
  const current = periodic.find((p) => p.startDate <= today && today <= p.endDate);
  if (current) return (open.length > 0 ? open[open.length - 1]! : current).id;
  const annual = cycle.periods.find((p) => p.kind === 'annual');
  return (annual ?? cycle.periods[cycle.periods.length - 1])?.id ?? null;
}

/**
 * The period a team's evaluations open on: the latest periodic period whose finalisation has opened (`daysBefore`
 * days before its end, the default of the rule settings), since that is the one assessors work on; else the periodic
 * period containing today, else the latest started, else the first period.
 */
export function evaluationPeriod(
  periods: readonly Period[],
  today = todayIso(),
  daysBefore = DEFAULT_FINALIZE_DAYS_BEFORE,
): Period | null {
  // The picker rule of issue 12 (domain/cycles/default-period.ts): the current period only once its evaluations may be
  // finalised, else the latest ended one.
  return defaultPeriodOf(periods, today, (p) => canFinalizeOn(today, p.endDate, daysBefore));
}
