import { describe, expect, it } from 'vitest';
import { dateIn, formatDateId, formatNumberId } from './dates.js';

describe('dateIn (one cached formatter per time zone)', () => {
  it('when time zones alternate, then each date is the one of its own zone', () => {
    const instant = new Date('2026-11-29T18:30:00Z'); // 30 Nov 01:30 in Jakarta, still 29 Nov in UTC
    expect(dateIn(instant)).toBe('2026-11-30');
    expect(dateIn(instant, 'UTC')).toBe('2026-11-29');
    expect(dateIn(instant, 'Asia/Jakarta')).toBe('2026-11-30');
    expect(dateIn(instant, 'America/New_York')).toBe('2026-11-29');
    expect(formatDateId(instant)).toBe('30 November 2026');
  });

  it('when the time zone does not exist, then it throws as Intl does', () => {
    expect(() => dateIn(new Date(), 'Nowhere/City')).toThrow(RangeError);
  });
});

describe('formatNumberId', () => {
  it.each([
    [1250.5, '1.250,5'],
    [1250000, '1.250.000'],
    [-0.25, '-0,25'],
    [0.123456, '0,1235'],
    [-0.00001, '0'],
  ])('when %s, then %s', (n, text) => {
    expect(formatNumberId(n)).toBe(text);
  });
});
