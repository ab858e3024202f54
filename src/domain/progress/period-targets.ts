import { achievement } from '../work-plans/achievement.js';
import { spansOverlap } from '../work-plans/in-force.js';

/**
 * Period targets and aggregation (domain §4). Pure: the server computes with them, the web previews with them.
 *
 * An indicator builds its year from its periods by `sum` (counts: patients served), `average` (rates and times:
 * complaint response hours) or `latest` (coverage percentages, milestones). The annual target is split into period
 * targets — evenly for `sum`, the annual target itself for `average` and `latest` — and each period may override its
 * part. A period entry's achievement is against its period's target; the to-date achievement compares the
 * aggregated realisation so far with the aggregated targets so far; the annual achievement compares the year's
 * aggregate with the annual target.
 */

export const AGGREGATIONS = ['sum', 'average', 'latest'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** `sum` for quantity, `average` for every other aspect (api.md). */
export const defaultAggregation = (aspect: string): Aggregation =>
  aspect === 'quantity' ? 'sum' : 'average';

/** Rounds to 2 decimals (cents), the precision of split targets. */
const toCents = (x: number) => Math.round(x * 100);

/** Drops floating-point noise (0.1 + 0.2) without changing any value a person typed. */
const clean = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The annual target split over `periods` periods.
 *
 * - `average` and `latest`: every period's target is the annual target.
 * - `sum`: the annual target, rounded to 2 decimals, is divided evenly in hundredths; the hundredths that do not
 *   divide evenly go one each to the **last** periods. So the parts differ by at most 0.01 and always add up to the
 *   (rounded) annual target exactly: 100 over 12 → eight × 8.33 and four × 8.34. A negative target splits the
 *   same way with the sign kept.
 * - no annual target (narrative) → no period targets (null).
 */
export function splitTarget(
  annual: number | null,
  aggregation: Aggregation,
  periods: number,
): Array<number | null> {
  const n = Math.max(0, Math.floor(periods));
  if (annual === null || !Number.isFinite(annual)) return Array.from({ length: n }, () => null);
  if (aggregation !== 'sum') return Array.from({ length: n }, () => annual);
  const cents = toCents(annual);
  const sign = cents < 0 ? -1 : 1;
  const abs = Math.abs(cents);
  const base = Math.floor(abs / n);
  const remainder = abs - base * n;
  return Array.from({ length: n }, (_, i) => (sign * (base + (i >= n - remainder ? 1 : 0))) / 100 || 0);
}

/** Whether period targets add up to the annual target (compared in hundredths, the split's precision). */
export const addsUpTo = (parts: readonly number[], annual: number) =>
  toCents(parts.reduce((a, b) => a + b, 0)) === toCents(annual);

/** The periodic periods a plan's targets are split over: the cycle's periodic periods the plan is in force in. */
export function targetPeriods<
  P extends { kind: 'periodic' | 'annual'; index: number; startDate: string; endDate: string },
>(periods: readonly P[], plan: { startDate: string; endDate: string | null }): P[] {
  return periods
    .filter((p) => p.kind === 'periodic' && spansOverlap(plan, p))
    .slice()
    .sort((a, b) => a.index - b.index);
}

export interface PeriodTarget {
  periodId: string;
  target: number | null;
  /** set by hand instead of the split */
  overridden: boolean;
}

/** The overrides that apply: those of the given periods, and none when the indicator has no numeric target. */
function applicable(
  annual: number | null,
  periodIds: readonly string[],
  overrides: Readonly<Record<string, number>> | null,
): Map<string, number> {
  const m = new Map<string, number>();
  if (annual === null || !overrides) return m;
  for (const id of periodIds) if (overrides[id] !== undefined) m.set(id, overrides[id]);
  return m;
}

/**
 * The target of each period (`periodIds` in calendar order): the override where one is stored, the split
 * otherwise. For `sum`, the periods without an override share what the overrides leave of the annual target
 * (split the same way), so the year still adds up: 3,600 with January set to 420 leaves 3,180 for the other eleven
 * months. For `average` and `latest` the other periods keep the annual target.
 */
export function periodTargets(
  annual: number | null,
  aggregation: Aggregation,
  periodIds: readonly string[],
  overrides: Readonly<Record<string, number>> | null,
): PeriodTarget[] {
  const set = applicable(annual, periodIds, overrides);
  const rest = periodIds.filter((id) => !set.has(id));
  const restAnnual =
    annual === null || aggregation !== 'sum'
      ? annual
      : (toCents(annual) - [...set.values()].reduce((a, b) => a + toCents(b), 0)) / 100;
  const split = splitTarget(restAnnual, aggregation, rest.length);
  const byId = new Map(rest.map((id, i) => [id, split[i] ?? null]));
  return periodIds.map((periodId) =>
    set.has(periodId)
      ? { periodId, target: set.get(periodId)!, overridden: true }
      : { periodId, target: byId.get(periodId) ?? null, overridden: false },
  );
}

export type PeriodTargetProblem =
  /** the indicator has no numeric target to split */
  | { code: 'no_target' }
  /** a sum: every period is set by hand and they do not add up to the annual target */
  | { code: 'sum_mismatch'; sum: number; annual: number }
  /** a sum: the overrides exceed the annual target, leaving the other periods a negative share */
  | { code: 'sum_exceeds'; sum: number; annual: number };

/** What is wrong with these overrides for the indicator (null when they can be stored). */
export function periodTargetProblem(
  annual: number | null,
  aggregation: Aggregation,
  periodIds: readonly string[],
  overrides: Readonly<Record<string, number>>,
): PeriodTargetProblem | null {
  if (annual === null) return Object.keys(overrides).length ? { code: 'no_target' } : null;
  if (aggregation !== 'sum') return null;
  const set = applicable(annual, periodIds, overrides);
  const sum = clean([...set.values()].reduce((a, b) => a + b, 0));
  if (set.size === periodIds.length && set.size > 0 && !addsUpTo([...set.values()], annual))
    return { code: 'sum_mismatch', sum, annual };
  if (set.size < periodIds.length && toCents(sum) > toCents(annual))
    return { code: 'sum_exceeds', sum, annual };
  return null;
}

/** The year's (or the to-date) realisation of the reported values, in calendar order; null when none. */
export function aggregate(values: readonly number[], aggregation: Aggregation): number | null {
  if (values.length === 0) return null;
  if (aggregation === 'latest') return values[values.length - 1]!;
  const sum = values.reduce((a, b) => a + b, 0);
  return clean(aggregation === 'sum' ? sum : sum / values.length);
}

export interface PeriodFigure {
  periodId: string;
  target: number | null;
  /** the realised value that counts for the period (its latest entry), null when none */
  value: number | null;
}

export interface Comparison {
  /** the aggregated realisation */
  realised: number | null;
  /** the aggregated target it is compared with */
  target: number | null;
  /** percentage, capped; null when either side is missing or the target is 0 */
  achievement: number | null;
}

export interface IndicatorAchievements {
  periods: Array<PeriodFigure & { achievement: number | null }>;
  /** through `throughPeriodId`: the given period, or the last period with a value (null: nothing reported) */
  toDate: Comparison & { throughPeriodId: string | null; periodCount: number };
  /** the year's aggregate against the annual target (as of `throughPeriodId`) */
  year: Comparison;
}

export interface AchievementsInput {
  aggregation: Aggregation;
  annualTarget: number | null;
  direction: 'higher' | 'lower';
  cap: number;
  /** the plan's periodic periods in calendar order, each with its target and realised value */
  periods: readonly PeriodFigure[];
  /**
   * count the periods up to this one (a periodic evaluation); default (or a period not in `periods`, such as the
   * annual one): up to the last period with a value
   */
  throughPeriodId?: string | null | undefined;
  /** the realisation recorded for the annual period itself, which then stands for the year's aggregate */
  annualValue?: number | null | undefined;
}

/**
 * Achievement per period (against the period's target), to date and for the year.
 *
 * To date, over the periods from the first through `throughPeriodId`:
 * - `sum`: the sum of the values reported against the sum of **all** those periods' targets (a period with no
 *   report realised nothing);
 * - `average`: the mean of the reported values against the mean of the same periods' targets;
 * - `latest`: the last reported value against its period's target.
 *
 * For the year: the aggregate of the values reported through that period (or the annual period's own value when
 * one was recorded) against the annual target.
 */
export function indicatorAchievements(input: AchievementsInput): IndicatorAchievements {
  const { aggregation, annualTarget, direction, cap } = input;
  const pct = (target: number | null, realised: number | null) =>
    achievement({ target, realised, direction, cap });
  const periods = input.periods.map((p) => ({ ...p, achievement: pct(p.target, p.value) }));
  // a period that is not one of the plan's periodic periods (the annual one) counts them all
  let through = input.throughPeriodId ? periods.findIndex((p) => p.periodId === input.throughPeriodId) : -1;
  if (through < 0)
    periods.forEach((p, i) => {
      if (p.value !== null) through = i;
    });
  const range = through < 0 ? [] : periods.slice(0, through + 1);
  const reported = range.filter((p): p is typeof p & { value: number } => p.value !== null);
  const values = reported.map((p) => p.value);
  let toDateTarget: number | null = null;
  if (reported.length > 0) {
    const targetsOf = (ps: typeof range) => ps.map((p) => p.target);
    const targets = aggregation === 'sum' ? targetsOf(range) : targetsOf(reported);
    if (targets.every((t): t is number => t !== null)) toDateTarget = aggregate(targets, aggregation);
  }
  const toDateRealised = aggregate(values, aggregation);
  const yearRealised =
    input.annualValue !== null && input.annualValue !== undefined ? input.annualValue : toDateRealised;
  return {
    periods,
    toDate: {
      throughPeriodId: range.length ? range[range.length - 1]!.periodId : null,
      periodCount: range.length,
      realised: toDateRealised,
      target: toDateTarget,
      achievement: pct(toDateTarget, toDateRealised),
    },
    year: { realised: yearRealised, target: annualTarget, achievement: pct(annualTarget, yearRealised) },
  };
}

export interface IndicatorTargets {
  target: number | null;
  aggregation: Aggregation;
  /** overrides as stored: periodId → target */
  periodTargets: Readonly<Record<string, number>> | null;
}

type SplitPeriod = {
  id: string;
  kind: 'periodic' | 'annual';
  index: number;
  startDate: string;
  endDate: string;
};

/** The target of each of the plan's periodic periods, by period id. */
export function periodTargetMap(
  indicator: IndicatorTargets,
  plan: { startDate: string; endDate: string | null },
  periods: readonly SplitPeriod[],
): Map<string, number | null> {
  const ids = targetPeriods(periods, plan).map((p) => p.id);
  return new Map(
    periodTargets(indicator.target, indicator.aggregation, ids, indicator.periodTargets).map((t) => [
      t.periodId,
      t.target,
    ]),
  );
}

/**
 * The target an entry of this period is measured against: the period's target for a periodic period of the plan,
 * the annual target for the annual period (or a period the plan is not in force in).
 */
export function targetForPeriod(
  indicator: IndicatorTargets,
  plan: { startDate: string; endDate: string | null },
  periods: readonly SplitPeriod[],
  periodId: string,
): number | null {
  const map = periodTargetMap(indicator, plan, periods);
  return map.has(periodId) ? map.get(periodId)! : indicator.target;
}
