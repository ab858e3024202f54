import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, formatDate, isLeapYear } from './dates.js';
import {
  cycleRangeIssues,
  defaultPlanningDeadline,
  generatePeriods,
  MONTH_NAMES,
  periodicPeriodOn,
  sameDayNextYear,
} from './periods.js';
import { createCycleSchema, unlockPeriodSchema } from './schemas.js';
import { nextPeriodStatus } from './status.js';

const fullYear = (year: number, frequency: 'monthly' | 'quarterly' = 'monthly') =>
  generatePeriods({ year, startDate: `${year}-01-01`, endDate: `${year}-12-31`, frequency });

describe('generatePeriods', () => {
  it('when a whole year is monthly, then there are 12 calendar months and then the annual period', () => {
    const periods = fullYear(2026);
    expect(periods).toHaveLength(13);
    expect(periods.slice(0, 12).map((p) => [p.kind, p.index, p.label])).toEqual(
      MONTH_NAMES.map((m, i) => ['periodic', i + 1, `${m} 2026`]),
    );
    expect(periods[0]).toMatchObject({ startDate: '2026-01-01', endDate: '2026-01-31' });
    expect(periods[3]).toMatchObject({ label: 'April 2026', startDate: '2026-04-01', endDate: '2026-04-30' });
    expect(periods[11]).toMatchObject({
      label: 'Desember 2026',
      startDate: '2026-12-01',
      endDate: '2026-12-31',
    });
    expect(periods[12]).toEqual({
      kind: 'annual',
      index: 0,
      label: 'Tahunan 2026',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      progressDeadline: '2027-01-05',
      evaluationDeadline: '2027-01-31',
    });
  });

  it('when a whole year is quarterly, then there are Triwulan I–IV and then the annual period', () => {
    const periods = fullYear(2026, 'quarterly');
    expect(periods.map((p) => [p.index, p.label, p.startDate, p.endDate])).toEqual([
      [1, 'Triwulan I 2026', '2026-01-01', '2026-03-31'],
      [2, 'Triwulan II 2026', '2026-04-01', '2026-06-30'],
      [3, 'Triwulan III 2026', '2026-07-01', '2026-09-30'],
      [4, 'Triwulan IV 2026', '2026-10-01', '2026-12-31'],
      [0, 'Tahunan 2026', '2026-01-01', '2026-12-31'],
    ]);
  });

  it('when the year is a leap year, then February has 29 days; otherwise 28', () => {
    expect(fullYear(2028)[1]).toMatchObject({ label: 'Februari 2028', endDate: '2028-02-29' });
    expect(fullYear(2026)[1]).toMatchObject({ label: 'Februari 2026', endDate: '2026-02-28' });
    expect(fullYear(2100)[1]).toMatchObject({ endDate: '2100-02-28' }); // divisible by 100, not by 400
    expect(fullYear(2000)[1]).toMatchObject({ endDate: '2000-02-29' }); // divisible by 400
    expect(fullYear(2028, 'quarterly')[0]).toMatchObject({ endDate: '2028-03-31' });
  });

  it('when the range starts and ends inside months, then only the overlapping months remain, clipped', () => {
    const periods = generatePeriods({
      year: 2026,
      startDate: '2026-03-15',
      endDate: '2026-10-10',
      frequency: 'monthly',
    });
    const periodic = periods.filter((p) => p.kind === 'periodic');
    expect(periodic.map((p) => p.index)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(periodic[0]).toMatchObject({
      label: 'Maret 2026',
      startDate: '2026-03-15',
      endDate: '2026-03-31',
    });
    expect(periodic.at(-1)).toMatchObject({
      label: 'Oktober 2026',
      startDate: '2026-10-01',
      endDate: '2026-10-10',
      progressDeadline: '2026-10-15',
      evaluationDeadline: '2026-10-20',
    });
    expect(periods.at(-1)).toMatchObject({ kind: 'annual', startDate: '2026-03-15', endDate: '2026-10-10' });
  });

  it('when a quarterly range is clipped, then the first and last quarters are cut to the range', () => {
    const periods = generatePeriods({
      year: 2026,
      startDate: '2026-02-01',
      endDate: '2026-08-15',
      frequency: 'quarterly',
    });
    expect(periods.map((p) => [p.label, p.startDate, p.endDate])).toEqual([
      ['Triwulan I 2026', '2026-02-01', '2026-03-31'],
      ['Triwulan II 2026', '2026-04-01', '2026-06-30'],
      ['Triwulan III 2026', '2026-07-01', '2026-08-15'],
      ['Tahunan 2026', '2026-02-01', '2026-08-15'],
    ]);
  });

  it('when the range is a single day, then one period of one day and the annual period remain', () => {
    const periods = generatePeriods({
      year: 2026,
      startDate: '2026-06-30',
      endDate: '2026-06-30',
      frequency: 'monthly',
    });
    expect(periods.map((p) => [p.label, p.startDate, p.endDate])).toEqual([
      ['Juni 2026', '2026-06-30', '2026-06-30'],
      ['Tahunan 2026', '2026-06-30', '2026-06-30'],
    ]);
  });

  it('when deadlines default, then progress is 5 days and evaluation 10 days after each period ends', () => {
    const [jan, feb] = fullYear(2026);
    expect(jan).toMatchObject({ progressDeadline: '2026-02-05', evaluationDeadline: '2026-02-10' });
    expect(feb).toMatchObject({ progressDeadline: '2026-03-05', evaluationDeadline: '2026-03-10' });
    const leapFeb = fullYear(2028)[1]!;
    expect(leapFeb).toMatchObject({ progressDeadline: '2028-03-05', evaluationDeadline: '2028-03-10' });
    const dec = fullYear(2026)[11]!;
    expect(dec).toMatchObject({ progressDeadline: '2027-01-05', evaluationDeadline: '2027-01-10' });
    const q4 = fullYear(2026, 'quarterly')[3]!;
    expect(q4).toMatchObject({ progressDeadline: '2027-01-05', evaluationDeadline: '2027-01-10' });
  });

  it('when the planning deadline defaults, then it is 31 January of the year', () => {
    expect(defaultPlanningDeadline(2026)).toBe('2026-01-31');
  });

  it('when any range inside a year is split, then the periods tile it without gaps or overlaps', () => {
    const range = fc
      .record({
        year: fc.integer({ min: 2000, max: 2100 }),
        a: fc.integer({ min: 0, max: 365 }),
        b: fc.integer({ min: 0, max: 365 }),
        frequency: fc.constantFrom('monthly' as const, 'quarterly' as const),
      })
      .map(({ year, a, b, frequency }) => {
        const last = isLeapYear(year) ? 365 : 364;
        const [x, y] = [Math.min(a, b, last), Math.min(Math.max(a, b), last)];
        const first = formatDate(year, 1, 1);
        return { year, startDate: addDays(first, x), endDate: addDays(first, y), frequency };
      });
    fc.assert(
      fc.property(range, (c) => {
        expect(cycleRangeIssues(c)).toEqual([]);
        const periods = generatePeriods(c);
        const periodic = periods.filter((p) => p.kind === 'periodic');
        expect(periods.filter((p) => p.kind === 'annual')).toHaveLength(1);
        expect(periodic[0]!.startDate).toBe(c.startDate);
        expect(periodic.at(-1)!.endDate).toBe(c.endDate);
        for (let i = 1; i < periodic.length; i++) {
          expect(periodic[i]!.startDate).toBe(addDays(periodic[i - 1]!.endDate, 1));
          expect(periodic[i]!.index).toBe(periodic[i - 1]!.index + 1);
        }
        for (const p of periodic) {
          expect(p.startDate <= p.endDate).toBe(true);
          expect(p.progressDeadline).toBe(addDays(p.endDate, 5));
          expect(p.evaluationDeadline).toBe(addDays(p.endDate, 10));
        }
      }),
    );
  });

  it('when a date falls in a periodic period, then periodicPeriodOn finds it (never the annual one)', () => {
    const periods = fullYear(2026);
    expect(periodicPeriodOn(periods, '2026-11-29')?.label).toBe('November 2026');
    expect(periodicPeriodOn(periods, '2027-01-01')).toBeUndefined();
  });
});

describe('cycleRangeIssues', () => {
  it('when the end is before the start, then endDate is reported', () => {
    expect(cycleRangeIssues({ year: 2026, startDate: '2026-05-01', endDate: '2026-04-30' })).toEqual([
      { path: 'endDate', key: 'cycle.dateOrder' },
    ]);
  });

  it('when the range is longer than a year, then endDate is reported as too long', () => {
    expect(cycleRangeIssues({ year: 2026, startDate: '2026-01-01', endDate: '2027-01-01' })).toEqual([
      { path: 'endDate', key: 'cycle.tooLong' },
    ]);
  });

  it('when a date is outside the year, then that date is reported', () => {
    expect(cycleRangeIssues({ year: 2026, startDate: '2025-12-01', endDate: '2026-06-30' })).toEqual([
      { path: 'startDate', key: 'cycle.outsideYear' },
    ]);
    expect(cycleRangeIssues({ year: 2026, startDate: '2026-07-01', endDate: '2027-03-31' })).toEqual([
      { path: 'endDate', key: 'cycle.outsideYear' },
    ]);
  });

  it('when the range is exactly the calendar year (also a leap year), then there is no issue', () => {
    expect(cycleRangeIssues({ year: 2026, startDate: '2026-01-01', endDate: '2026-12-31' })).toEqual([]);
    expect(cycleRangeIssues({ year: 2028, startDate: '2028-01-01', endDate: '2028-12-31' })).toEqual([]);
  });

  it('when a date is 29 February, then a year later is 28 February', () => {
    expect(sameDayNextYear('2028-02-29')).toBe('2029-02-28');
    expect(daysInMonth(2028, 2)).toBe(29);
  });
});

describe('createCycleSchema', () => {
  const base = { year: 2026, startDate: '2026-01-01', endDate: '2026-12-31', frequency: 'monthly' };

  it('when the body is valid, then it parses', () => {
    expect(createCycleSchema.safeParse(base).success).toBe(true);
  });

  it.each([
    ['an end before the start', { endDate: '2025-12-31' }, 'endDate'],
    ['a start outside the year', { year: 2027 }, 'startDate'],
    ['an impossible date', { endDate: '2026-02-30' }, 'endDate'],
    ['an unknown frequency', { frequency: 'weekly' }, 'frequency'],
    ['a year out of range', { year: 1999, startDate: '1999-01-01', endDate: '1999-12-31' }, 'year'],
  ])('when it has %s, then the issue names %s', (_, over, path) => {
    const result = createCycleSchema.safeParse({ ...base, ...over });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('when unlocking without a reason (missing or blank), then reason is reported', () => {
    for (const body of [{}, { reason: '   ' }]) {
      const result = unlockPeriodSchema.safeParse(body);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]).toMatchObject({ path: ['reason'], message: 'period.unlockReason' });
    }
  });
});

describe('period status', () => {
  it('when an open period is locked and a locked one unlocked, then the steps are allowed; otherwise not', () => {
    expect(nextPeriodStatus('open', 'lock')).toBe('locked');
    expect(nextPeriodStatus('locked', 'unlock')).toBe('open');
    expect(nextPeriodStatus('locked', 'lock')).toBeNull();
    expect(nextPeriodStatus('open', 'unlock')).toBeNull();
  });
});
