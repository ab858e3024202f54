import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inForceOn, monthsWithin, planForPeriod, spansOverlap } from './in-force.js';

const before = { id: 'before', startDate: '2026-01-01', endDate: '2026-05-31' };
const after = { id: 'after', startDate: '2026-06-01', endDate: null };

describe('the plan in force', () => {
  it('when a transfer is effective on 1 June, then May belongs to the old plan and June to the new one', () => {
    expect(planForPeriod([before, after], { startDate: '2026-05-01', endDate: '2026-05-31' })?.id).toBe(
      'before',
    );
    expect(planForPeriod([before, after], { startDate: '2026-06-01', endDate: '2026-06-30' })?.id).toBe(
      'after',
    );
  });

  it('when the transfer falls inside a period, then the period goes to the plan in force on its last day', () => {
    const old = { id: 'old', startDate: '2026-01-01', endDate: '2026-05-14' };
    const next = { id: 'next', startDate: '2026-05-15', endDate: null };
    expect(planForPeriod([old, next], { startDate: '2026-04-01', endDate: '2026-06-30' })?.id).toBe('next');
    expect(planForPeriod([old, next], { startDate: '2026-01-01', endDate: '2026-12-31' })?.id).toBe('next');
  });

  it('when the employee left before the period ended, then the last plan in force during it counts; none after', () => {
    const left = { id: 'left', startDate: '2026-01-01', endDate: '2026-08-10' };
    expect(planForPeriod([left], { startDate: '2026-08-01', endDate: '2026-08-31' })?.id).toBe('left');
    expect(planForPeriod([left], { startDate: '2026-09-01', endDate: '2026-09-30' })).toBeNull();
  });

  it('the day before the transfer is the old plan’s last day in force, the effective date the new one’s first', () => {
    expect(inForceOn(before, '2026-05-31')).toBe(true);
    expect(inForceOn(before, '2026-06-01')).toBe(false);
    expect(inForceOn(after, '2026-06-01')).toBe(true);
    expect(spansOverlap(before, after)).toBe(false);
    expect(spansOverlap(before, { startDate: '2026-05-31', endDate: null })).toBe(true);
  });
});

describe('months of a plan within a stretch', () => {
  it('when a plan runs January to May, then it covers 5 months of the year and the next one 7', () => {
    expect(monthsWithin(before, '2026-01-01', '2026-12-31')).toBe(5);
    expect(monthsWithin(after, '2026-01-01', '2026-12-31')).toBe(7);
    expect(monthsWithin(after, '2026-04-01', '2026-06-30')).toBe(1);
  });

  it('when a plan starts mid-month, then that month counts by its days', () => {
    expect(monthsWithin({ startDate: '2026-06-16', endDate: null }, '2026-06-01', '2026-06-30')).toBe(0.5);
  });

  it('for any split day, the two plans of a year together cover 12 months', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 364 }), (offset) => {
        const split = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
        const dayBefore = new Date(Date.UTC(2026, 0, offset)).toISOString().slice(0, 10);
        const a = monthsWithin({ startDate: '2026-01-01', endDate: dayBefore }, '2026-01-01', '2026-12-31');
        const b = monthsWithin({ startDate: split, endDate: null }, '2026-01-01', '2026-12-31');
        expect(a + b).toBeCloseTo(12, 1);
      }),
    );
  });
});
