import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionRoute } from '../../../test/utils';
import type { Cycle } from '../../cycles';
import type { TppExportView } from '../types';
import { TppExportSection } from './TppExportSection';

const period = (index: number, kind: 'periodic' | 'annual', label: string) => ({
  id: `p${index}`,
  cycleId: 'c1',
  kind,
  index,
  label,
  startDate: '2026-01-01',
  endDate: '2026-03-31',
  progressDeadline: null,
  evaluationDeadline: null,
  status: 'open' as const,
  lockedAt: null,
  version: 1,
});

const cycle = {
  id: 'c1',
  year: 2026,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  frequency: 'quarterly',
  planningDeadline: null,
  status: 'open',
  closedAt: null,
  closedByName: null,
  can: { close: false, reopen: false },
  version: 1,
  periods: [period(1, 'periodic', 'Triwulan I 2026'), period(0, 'annual', 'Tahunan 2026')],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
} as unknown as Cycle;

const view: TppExportView = {
  period: { id: 'p1', label: 'Triwulan I 2026', startDate: '2026-01-01', endDate: '2026-03-31' },
  rates: { sangat_baik: 100, baik: 100, butuh_perbaikan: 80, kurang: 60, sangat_kurang: 40 },
  items: [
    {
      employeeId: 'e1',
      nip: '198001012005011001',
      name: 'Siti Perawat',
      unitId: 'u1',
      unitName: 'Puskesmas Kemuning',
      evaluationId: 'ev1',
      predicate: 'kurang',
      percentage: 60,
    },
  ],
  missing: [
    {
      employeeId: 'e2',
      nip: '198001012005011002',
      name: 'Bidan Ani',
      unitId: 'u1',
      unitName: 'Puskesmas Kemuning',
    },
  ],
};

describe('TppExportSection', () => {
  it('when HR picks a period, then only periodic periods are offered, and the TPP rows, the missing and the XLSX follow', async () => {
    const calls = mockApi([
      sessionRoute(null),
      { path: '/cycles', body: { items: [cycle], total: 1 } },
      { path: '/cycles/current', body: cycle },
      { path: '/exports/tpp', body: view },
    ]);
    renderWithProviders(<TppExportSection />);
    const picker = (await screen.findByTestId('tpp-period')) as HTMLSelectElement;
    await within(picker).findByText('Triwulan I 2026');
    expect([...picker.options].map((o) => o.value)).toEqual(['', 'p1']);
    expect(screen.queryByTestId('tpp-xlsx')).toBeNull();
    fireEvent.change(picker, { target: { value: 'p1' } });
    const table = await screen.findByTestId('tpp-items');
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['198001012005011001', 'Siti Perawat', 'Puskesmas Kemuning', 'Kurang/Misconduct', '60%']);
    expect(screen.getByTestId('tpp-missing-count').textContent).toBe('1');
    expect(within(screen.getByTestId('tpp-missing')).getByText('Bidan Ani')).toBeTruthy();
    expect(screen.getByTestId('tpp-xlsx').getAttribute('href')).toBe('/api/v1/exports/tpp.xlsx?periodId=p1');
    expect(calls.some((c) => c.url.includes('/exports/tpp?periodId=p1'))).toBe(true);
  });
});
