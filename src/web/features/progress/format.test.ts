import { describe, expect, it } from 'vitest';
import { defaultPeriodId } from './format';
import type { GridPeriod } from './types';

const month = (m: number, status: 'open' | 'locked' = 'open'): GridPeriod => {
  const mm = String(m).padStart(2, '0');
  return {
    id: `m${m}`,
    kind: 'periodic',
    index: m,
    label: `Bulan ${m}`,
    startDate: `2026-${mm}-01`,
    endDate: new Date(Date.UTC(2026, m, 0)).toISOString().slice(0, 10),
    progressDeadline: null,
    status,
  };
};

describe('defaultPeriodId (the progress pickers)', () => {
  it('when the current month is open for recording, then it opens on the current month', () => {
    expect(defaultPeriodId([month(10), month(11), month(12)], '2026-11-29')).toBe('m11');
  });
  it('when the current month is locked, then it opens on the latest ended open month, never a later one', () => {
    expect(defaultPeriodId([month(9), month(10), month(11, 'locked'), month(12)], '2026-11-29')).toBe('m10');
  });
});
