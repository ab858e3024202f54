import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addsUpTo,
  aggregate,
  defaultAggregation,
  indicatorAchievements,
  periodTargetProblem,
  periodTargets,
  splitTarget,
  targetPeriods,
  AGGREGATIONS,
  type PeriodFigure,
} from './period-targets.js';

const months = Array.from({ length: 12 }, (_, i) => `m${i + 1}`);
const figures = (targets: Array<number | null>, values: Array<number | null>): PeriodFigure[] =>
  targets.map((target, i) => ({ periodId: months[i]!, target, value: values[i] ?? null }));

describe('the default aggregation', () => {
  it('when the aspect is quantity, then the periods add up (sum); otherwise they average', () => {
    expect(defaultAggregation('quantity')).toBe('sum');
    expect(defaultAggregation('quality')).toBe('average');
    expect(defaultAggregation('time')).toBe('average');
    expect(defaultAggregation('cost')).toBe('average');
  });
});

describe('splitting the annual target', () => {
  it('when 3,600 a year is summed over 12 months, then each month is 300', () => {
    expect(splitTarget(3600, 'sum', 12)).toEqual(Array(12).fill(300));
  });

  it('when 100 is summed over 12 months, then the hundredths left over go to the last periods', () => {
    const parts = splitTarget(100, 'sum', 12);
    expect(parts.slice(0, 8)).toEqual(Array(8).fill(8.33));
    expect(parts.slice(8)).toEqual(Array(4).fill(8.34));
    expect(addsUpTo(parts as number[], 100)).toBe(true);
  });

  it('when 10 is summed over 4 quarters, then each quarter is 2.5', () => {
    expect(splitTarget(10, 'sum', 4)).toEqual([2.5, 2.5, 2.5, 2.5]);
  });

  it('when the target is averaged or the latest counts, then every period carries the annual target', () => {
    expect(splitTarget(95, 'average', 4)).toEqual([95, 95, 95, 95]);
    expect(splitTarget(80, 'latest', 3)).toEqual([80, 80, 80]);
  });

  it('when there is no numeric target, then no period has one', () => {
    expect(splitTarget(null, 'sum', 3)).toEqual([null, null, null]);
  });

  it('when there are no periods, then there is nothing to split', () => {
    expect(splitTarget(100, 'sum', 0)).toEqual([]);
  });

  it('a sum split always adds up to the annual target (in hundredths) and its parts differ by at most 0.01', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (annual, n) => {
          const parts = splitTarget(annual, 'sum', n) as number[];
          expect(parts).toHaveLength(n);
          expect(addsUpTo(parts, annual)).toBe(true);
          const cents = parts.map((p) => Math.round(p * 100));
          expect(Math.max(...cents) - Math.min(...cents)).toBeLessThanOrEqual(1);
          // the larger parts come last
          for (let i = 1; i < n; i++)
            expect(Math.abs(cents[i]!)).toBeGreaterThanOrEqual(Math.abs(cents[i - 1]!));
        },
      ),
    );
  });

  it('an average or latest split is the annual target in every period', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('average' as const, 'latest' as const),
        (annual, n, aggregation) => {
          expect(splitTarget(annual, aggregation, n)).toEqual(Array(n).fill(annual));
        },
      ),
    );
  });
});

describe('period targets with overrides', () => {
  it('when a period is overridden, then it keeps its own target and says so', () => {
    expect(periodTargets(1200, 'sum', ['a', 'b', 'c'], { b: 500 })).toEqual([
      { periodId: 'a', target: 350, overridden: false },
      { periodId: 'b', target: 500, overridden: true },
      { periodId: 'c', target: 350, overridden: false },
    ]);
  });

  it('when a summed period is overridden, then the other periods share what is left of the annual target', () => {
    const t = periodTargets(3600, 'sum', months, { m1: 420 });
    expect(t[0]).toEqual({ periodId: 'm1', target: 420, overridden: true });
    expect(t.slice(1).map((x) => x.target)).toEqual([...Array(10).fill(289.09), 289.1]);
    expect(
      addsUpTo(
        t.map((x) => x.target!),
        3600,
      ),
    ).toBe(true);
  });

  it('when an averaged period is overridden, then the others keep the annual target', () => {
    expect(periodTargets(24, 'average', ['a', 'b'], { a: 30 }).map((x) => x.target)).toEqual([30, 24]);
  });

  it('summed overrides of some periods always leave a year that adds up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.dictionary(fc.constantFrom(...months), fc.integer({ min: 0, max: 1000 })),
        (annualCents, overrides) => {
          const annual = annualCents / 100;
          fc.pre(periodTargetProblem(annual, 'sum', months, overrides) === null);
          const t = periodTargets(annual, 'sum', months, overrides);
          expect(
            addsUpTo(
              t.map((x) => x.target!),
              annual,
            ),
          ).toBe(true);
        },
      ),
    );
  });

  it('when the indicator has no numeric target, then overrides are ignored', () => {
    expect(periodTargets(null, 'sum', ['a'], { a: 5 })).toEqual([
      { periodId: 'a', target: null, overridden: false },
    ]);
  });
});

describe('checking period target overrides', () => {
  it('when every summed period is set and they do not add up, then it says the sum and the annual target', () => {
    expect(periodTargetProblem(1200, 'sum', ['a', 'b', 'c'], { a: 400, b: 400, c: 300 })).toEqual({
      code: 'sum_mismatch',
      sum: 1100,
      annual: 1200,
    });
    expect(periodTargetProblem(1200, 'sum', ['a', 'b', 'c'], { a: 400, b: 400, c: 400 })).toBeNull();
  });

  it('when summed overrides exceed the annual target, then the rest cannot be shared', () => {
    expect(periodTargetProblem(1200, 'sum', ['a', 'b', 'c'], { a: 1000, b: 300 })).toEqual({
      code: 'sum_exceeds',
      sum: 1300,
      annual: 1200,
    });
  });

  it('when the indicator is averaged, then any period target goes; without a numeric target none does', () => {
    expect(periodTargetProblem(24, 'average', ['a', 'b'], { a: 30, b: 10 })).toBeNull();
    expect(periodTargetProblem(null, 'sum', ['a'], { a: 1 })).toEqual({ code: 'no_target' });
    expect(periodTargetProblem(null, 'sum', ['a'], {})).toBeNull();
  });
});

describe('aggregating realised values', () => {
  it('sums, averages or takes the latest value; nothing reported gives null', () => {
    expect(aggregate([310, 290, 305], 'sum')).toBe(905);
    expect(aggregate([3, 5], 'average')).toBe(4);
    expect(aggregate([60, 75, 70], 'latest')).toBe(70);
    for (const a of AGGREGATIONS) expect(aggregate([], a)).toBeNull();
  });

  it('when decimals are summed, then floating-point noise is dropped', () => {
    expect(aggregate([0.1, 0.2], 'sum')).toBe(0.3);
  });

  it('an average lies between the smallest and the largest value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 12 }),
        (values) => {
          const avg = aggregate(values, 'average')!;
          expect(avg).toBeGreaterThanOrEqual(Math.min(...values) - 1e-6);
          expect(avg).toBeLessThanOrEqual(Math.max(...values) + 1e-6);
        },
      ),
    );
  });
});

describe('achievement per period, to date and for the year', () => {
  const base = { direction: 'higher' as const, cap: 200 };

  it('when a nurse serves 310 patients in the first month of 3,600 a year, then the month is 103.33%, not 8.61%', () => {
    const targets = splitTarget(3600, 'sum', 12);
    const r = indicatorAchievements({
      ...base,
      aggregation: 'sum',
      annualTarget: 3600,
      periods: figures(targets, [310]),
    });
    expect(r.periods[0]!.achievement).toBe(103.33);
    expect(r.toDate).toMatchObject({ realised: 310, target: 300, achievement: 103.33, periodCount: 1 });
    expect(r.toDate.throughPeriodId).toBe('m1');
    expect(r.year).toEqual({ realised: 310, target: 3600, achievement: 8.61 });
  });

  it('when a month in between was not reported, then a sum to date counts its target and nothing realised', () => {
    const r = indicatorAchievements({
      ...base,
      aggregation: 'sum',
      annualTarget: 3600,
      periods: figures(splitTarget(3600, 'sum', 12), [310, null, 290]),
    });
    expect(r.toDate).toMatchObject({ realised: 600, target: 900, achievement: 66.67, periodCount: 3 });
    expect(r.periods[1]!.achievement).toBeNull();
  });

  it('when a periodic evaluation looks at month 2, then later months do not count', () => {
    const r = indicatorAchievements({
      ...base,
      aggregation: 'sum',
      annualTarget: 3600,
      periods: figures(splitTarget(3600, 'sum', 12), [310, 300, 500]),
      throughPeriodId: 'm2',
    });
    expect(r.toDate).toMatchObject({
      realised: 610,
      target: 600,
      achievement: 101.67,
      throughPeriodId: 'm2',
    });
    expect(r.year.realised).toBe(610);
  });

  it('when response hours average, lower being better, then the to-date and year figures compare the means', () => {
    const r = indicatorAchievements({
      aggregation: 'average',
      direction: 'lower',
      cap: 200,
      annualTarget: 24,
      periods: figures(splitTarget(24, 'average', 12), [20, null, 30]),
    });
    expect(r.periods[0]!.achievement).toBe(120);
    expect(r.toDate).toMatchObject({ realised: 25, target: 24, achievement: 96 });
    expect(r.year).toEqual({ realised: 25, target: 24, achievement: 96 });
  });

  it('when coverage counts its latest value, then to date is the last report against its own target', () => {
    const r = indicatorAchievements({
      ...base,
      aggregation: 'latest',
      annualTarget: 90,
      periods: figures([60, 70, 80, 90], [55, 72]),
    });
    expect(r.toDate).toMatchObject({ realised: 72, target: 70, achievement: 102.86 });
    expect(r.year).toEqual({ realised: 72, target: 90, achievement: 80 });
  });

  it('when the annual period has its own realisation, then it stands for the year', () => {
    const r = indicatorAchievements({
      ...base,
      aggregation: 'sum',
      annualTarget: 3600,
      periods: figures(splitTarget(3600, 'sum', 12), [310]),
      annualValue: 3700,
    });
    expect(r.year.achievement).toBe(102.78);
  });

  it('when nothing is reported or the target is 0, then there is no achievement; the cap still applies', () => {
    const none = indicatorAchievements({
      ...base,
      aggregation: 'sum',
      annualTarget: 12,
      periods: figures([1, 1], []),
    });
    expect(none.toDate).toMatchObject({ realised: null, achievement: null, throughPeriodId: null });
    expect(none.year.achievement).toBeNull();
    const zero = indicatorAchievements({
      ...base,
      aggregation: 'sum',
      annualTarget: 0,
      periods: figures([0, 0], [5]),
    });
    expect(zero.periods[0]!.achievement).toBeNull();
    expect(zero.toDate.achievement).toBeNull();
    const capped = indicatorAchievements({
      ...base,
      aggregation: 'sum',
      annualTarget: 12,
      periods: figures([1, 11], [9]),
    });
    expect(capped.periods[0]!.achievement).toBe(200);
  });

  it('a to-date sum achievement over all periods equals the year achievement when the targets add up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 12, maxLength: 12 }),
        (annual, values) => {
          const r = indicatorAchievements({
            ...base,
            cap: 1e9,
            aggregation: 'sum',
            annualTarget: annual,
            periods: figures(splitTarget(annual, 'sum', 12), values),
          });
          expect(r.toDate.achievement).toBeCloseTo(r.year.achievement!, 1);
        },
      ),
    );
  });
});

describe('the periods a plan splits over', () => {
  const periods = [
    { id: 'y', kind: 'annual' as const, index: 0, startDate: '2026-01-01', endDate: '2026-12-31' },
    ...[1, 2, 3, 4].map((q) => ({
      id: `q${q}`,
      kind: 'periodic' as const,
      index: q,
      startDate: `2026-${String(q * 3 - 2).padStart(2, '0')}-01`,
      endDate: `2026-${String(q * 3).padStart(2, '0')}-28`,
    })),
  ];
  it('when the plan runs all year, then every periodic period counts, in order, and the annual one does not', () => {
    expect(targetPeriods(periods, { startDate: '2026-01-01', endDate: null }).map((p) => p.id)).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
    ]);
  });
  it('when a transfer opened the plan in May, then only the periods it is in force in count', () => {
    expect(targetPeriods(periods, { startDate: '2026-05-10', endDate: null }).map((p) => p.id)).toEqual([
      'q2',
      'q3',
      'q4',
    ]);
  });
});
