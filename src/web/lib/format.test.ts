import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, periodLabel, todayIso } from './format';

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

describe('period names', () => {
  it('when English, then month names come from Intl in English; Indonesian keeps the stored name', () => {
    expect(periodLabel('Januari 2026', 'en')).toBe('January 2026');
    expect(periodLabel('Agustus 2026', 'en')).toBe('August 2026');
    expect(periodLabel('Triwulan III 2026', 'en')).toBe('Quarter III 2026');
    expect(periodLabel('Tahunan 2026', 'en')).toBe('Annual 2026');
    expect(periodLabel('Agustus 2026', 'id')).toBe('Agustus 2026');
    expect(periodLabel('Periode khusus', 'en')).toBe('Periode khusus');
  });

  it('when all twelve months are read, then each follows the UI language (id: Januari…, en: January…)', () => {
    const id = [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ];
    const en = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    id.forEach((name, i) => {
      expect(periodLabel(`${name} 2027`, 'id')).toBe(`${name} 2027`);
      expect(periodLabel(`${name} 2027`, 'en')).toBe(`${en[i]} 2027`);
      expect(periodLabel(name, 'en')).toBe(en[i]);
    });
  });

  it('when the year is left off, then quarters and the annual period are still translated', () => {
    expect(periodLabel('Triwulan IV', 'en')).toBe('Quarter IV');
    expect(periodLabel('Tahunan', 'en')).toBe('Annual');
    expect(periodLabel('Triwulan IV', 'id')).toBe('Triwulan IV');
    expect(periodLabel('Mei', 'id')).toBe('Mei');
  });
});
