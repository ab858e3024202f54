import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, todayIso } from './format';

describe('formatting', () => {
  it('when Indonesian, then dates read "29 November 2026" and numbers "1.250.000"', () => {
    expect(formatDate('2026-11-29', 'id')).toBe('29 November 2026');
    expect(formatNumber(1250000, 'id')).toBe('1.250.000');
    expect(formatDate('2026-08-17', 'id')).toBe('17 Agustus 2026');
  });

  it('when English, then the English forms are used', () => {
    expect(formatDate('2026-11-29', 'en')).toBe('29 November 2026');
    expect(formatNumber(1250000, 'en')).toBe('1,250,000');
  });

  it('when a timestamp is late in the UTC day, then the date is the one in Asia/Jakarta', () => {
    // 20:00 UTC on 28 November is 03:00 on 29 November in Jakarta (UTC+7)
    expect(formatDate('2026-11-28T20:00:00Z', 'id')).toBe('29 November 2026');
    expect(formatDateTime('2026-11-28T20:00:00Z', 'id')).toContain('03.00');
    expect(todayIso(new Date('2026-11-28T20:00:00Z'))).toBe('2026-11-29');
  });

  it('when the value is missing, then the result is empty', () => {
    expect(formatDate(null)).toBe('');
    expect(formatNumber(undefined)).toBe('');
  });
});
