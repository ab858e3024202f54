import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders, sessionRoute } from '../../../test/utils';
import { calibrationPeriodId, evaluationPeriod } from '../periods';
import type { Cycle, Period } from '../types';
import { PeriodPicker } from './PeriodPicker';

function period(
  cycleId: string,
  index: number,
  kind: Period['kind'],
  label: string,
  start: string,
  end: string,
) {
  return {
    id: `${cycleId}-p${index}`,
    cycleId,
    kind,
    index,
    label,
    startDate: start,
    endDate: end,
    progressDeadline: null,
    evaluationDeadline: null,
    status: 'open' as const,
    lockedAt: null,
    version: 1,
  };
}

function cycle(year: number): Cycle {
  const id = `c${year}`;
  return {
    id,
    year,
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
    frequency: 'quarterly',
    planningDeadline: null,
    status: 'open',
    closedAt: null,
    closedByName: null,
    can: { close: false, reopen: false },
    version: 1,
    periods: [
      period(id, 1, 'periodic', `Triwulan I ${year}`, `${year}-01-01`, `${year}-03-31`),
      period(id, 2, 'periodic', `Triwulan II ${year}`, `${year}-04-01`, `${year}-06-30`),
      period(id, 0, 'annual', `Tahunan ${year}`, `${year}-01-01`, `${year}-12-31`),
    ],
    createdAt: `${year}-01-01T00:00:00Z`,
    updatedAt: `${year}-01-01T00:00:00Z`,
  };
}

describe('PeriodPicker', () => {
  beforeEach(() => {
    mockApi([sessionRoute(null)]);
  });

  it('when another year is chosen, then it opens on the period the page gives for that year', () => {
    const onChange = vi.fn();
    const y2025 = cycle(2025);
    const y2026 = cycle(2026);
    renderWithProviders(
      <PeriodPicker
        cycles={[y2026]}
        cycle={y2025}
        periodId="c2025-p2"
        onChange={onChange}
        defaultPeriodOf={(c) => `${c.id}-p0`}
        testIdPrefix="test"
      />,
    );
    const years = screen.getByTestId<HTMLSelectElement>('test-cycle');
    // the chosen year is offered although the list does not hold it
    expect([...years.options].map((o) => o.textContent)).toEqual(['2025', '2026']);
    const periods = screen.getByTestId<HTMLSelectElement>('test-period');
    expect([...periods.options].map((o) => o.textContent)).toEqual([
      'Triwulan I 2025',
      'Triwulan II 2025',
      'Tahunan 2025 · Tahunan',
    ]);
    fireEvent.change(years, { target: { value: 'c2026' } });
    expect(onChange).toHaveBeenLastCalledWith({ cycleId: 'c2026', periodId: 'c2026-p0' });
    fireEvent.change(periods, { target: { value: 'c2025-p1' } });
    expect(onChange).toHaveBeenLastCalledWith({ cycleId: 'c2025', periodId: 'c2025-p1' });
  });

  it('when nothing is chosen yet, then both selects ask to choose', () => {
    renderWithProviders(
      <PeriodPicker
        cycles={[cycle(2026)]}
        cycle={null}
        periodId={null}
        onChange={() => undefined}
        defaultPeriodOf={() => null}
        testIdPrefix="test"
      />,
    );
    expect(screen.getByTestId<HTMLSelectElement>('test-cycle').value).toBe('');
    expect(screen.getByTestId<HTMLSelectElement>('test-period').options[0]?.textContent).toBe('Pilih…');
  });
});

describe('the default periods', () => {
  const y = cycle(2026);
  it('when today lies in a periodic period, then both rules choose the latest that can be finalised', () => {
    expect(calibrationPeriodId(y, '2026-05-10')).toBe('c2026-p1');
    expect(evaluationPeriod(y.periods, '2026-05-10')?.id).toBe('c2026-p1');
  });
  it('when nothing can be finalised yet, then calibration chooses the period containing today', () => {
    expect(calibrationPeriodId(y, '2026-02-10')).toBe('c2026-p1');
  });
  it('when the finalisation of the current period has opened (five days before its end), then evaluations open on it', () => {
    expect(evaluationPeriod(y.periods, '2026-06-24')?.id).toBe('c2026-p1');
    expect(evaluationPeriod(y.periods, '2026-06-25')?.id).toBe('c2026-p2');
  });
  it('when nothing can be finalised yet, then evaluations open on the period containing today, else the first', () => {
    expect(evaluationPeriod(y.periods, '2026-02-10')?.id).toBe('c2026-p1');
    expect(evaluationPeriod(y.periods, '2025-12-01')?.id).toBe('c2026-p1');
  });
  it('when no periodic period holds today, then calibration opens the annual period and evaluations the latest finalisable', () => {
    expect(calibrationPeriodId(y, '2026-09-01')).toBe('c2026-p0');
    expect(evaluationPeriod(y.periods, '2026-09-01')?.id).toBe('c2026-p2');
  });
});
