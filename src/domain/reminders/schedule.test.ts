import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  digestOrder,
  daysLeftId,
  digestKey,
  dueOffset,
  isOverdue,
  parseOffsets,
  reachedOffsets,
  reminderKey,
  sendDate,
  shiftDate,
} from './schedule.js';

const offsets = [14, 7, 1];
const deadline = '2026-03-31';

describe('reminder schedule', () => {
  it('when no send date has come, then nothing is due', () => {
    expect(dueOffset('2026-03-16', deadline, offsets)).toBeNull();
  });

  it('when the day 14 days before the deadline comes, then the d-14 reminder is due', () => {
    expect(sendDate(deadline, 14)).toBe('2026-03-17');
    expect(dueOffset('2026-03-17', deadline, offsets)).toBe(14);
    expect(dueOffset('2026-03-23', deadline, offsets)).toBe(14);
  });

  it('when the server was down past two offsets, then only the most recent one is due (catch-up, no burst)', () => {
    expect(reachedOffsets('2026-03-25', deadline, offsets)).toEqual([14, 7]);
    expect(dueOffset('2026-03-25', deadline, offsets)).toBe(7);
    expect(dueOffset('2026-03-30', deadline, offsets)).toBe(1);
  });

  it('when the deadline day itself comes, then the last reminder is still due; after it, none', () => {
    expect(dueOffset(deadline, deadline, offsets)).toBe(1);
    expect(dueOffset('2026-04-01', deadline, offsets)).toBeNull();
    expect(isOverdue('2026-04-01', deadline)).toBe(true);
    expect(isOverdue(deadline, deadline)).toBe(false);
  });

  it('when the offsets are given in any order, then the result is the same', () => {
    expect(dueOffset('2026-03-25', deadline, [1, 14, 7])).toBe(7);
  });

  it('when dates cross months and leap days, then the arithmetic holds', () => {
    expect(shiftDate('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-25', '2027-01-08')).toBe(14);
    expect(sendDate('2027-01-05', 14)).toBe('2026-12-22');
  });

  it('when offsets are configured, then they are parsed, deduplicated and sorted; bad values throw', () => {
    expect(parseOffsets('1, 7,14,7')).toEqual([14, 7, 1]);
    expect(() => parseOffsets('')).toThrow();
    expect(() => parseOffsets('7,x')).toThrow();
    expect(() => parseOffsets('0')).toThrow();
    expect(() => parseOffsets('3.5')).toThrow();
  });

  it('when keys are made, then they are deterministic', () => {
    expect(reminderKey(['plan', 'c1', 'e1'], 7)).toBe('plan:c1:e1:d-7');
    expect(digestKey('u1', '2026-04-02')).toBe('digest:u1:2026-04-02');
    expect(daysLeftId('2026-03-30', deadline)).toBe('besok');
    expect(daysLeftId('2026-03-24', deadline)).toBe('7 hari lagi');
    expect(daysLeftId(deadline, deadline)).toBe('hari ini');
  });

  it('when a run happens every day, then each reached offset is due exactly on a contiguous stretch and the due offset never grows', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => shiftDate('2025-06-01', n));
    const offs = fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(day, offs, (dl, o) => {
        let previous: number | null = null;
        const seen = new Set<number>();
        for (let i = -70; i <= 2; i++) {
          const today = shiftDate(dl, i);
          const due = dueOffset(today, dl, o);
          if (due !== null) {
            expect(sendDate(dl, due) <= today).toBe(true);
            if (previous !== null) expect(due).toBeLessThanOrEqual(previous);
            seen.add(due);
            previous = due;
          }
          if (i > 0) expect(due).toBeNull();
        }
        // With a daily run every offset is reached once (none is skipped).
        expect([...seen].sort((a, b) => a - b)).toEqual([...o].sort((a, b) => a - b));
      }),
    );
  });
});

describe('digest order', () => {
  it('when several months are overdue, then they are listed by date, not alphabetically', () => {
    const row = (label: string, starts: string, employee_name = 'Bidan Ani') =>
      ({ employee_name, what: 'progress', label, starts }) as const;
    const sorted = digestOrder([
      row('Maret 2026', '2026-03-01'),
      row('April 2026', '2026-04-01'),
      row('Januari 2026', '2026-01-01'),
      row('Februari 2026', '2026-02-01'),
      { employee_name: 'Bidan Ani', what: 'plan', label: '2026', starts: '2026-01-01' },
      row('Januari 2026', '2026-01-01', 'Ahmad'),
    ]);
    expect(sorted.map((r) => `${r.employee_name}: ${r.label}`)).toEqual([
      'Ahmad: Januari 2026',
      'Bidan Ani: 2026',
      'Bidan Ani: Januari 2026',
      'Bidan Ani: Februari 2026',
      'Bidan Ani: Maret 2026',
      'Bidan Ani: April 2026',
    ]);
  });
});
