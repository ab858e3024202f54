import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { zeroFigures } from '../../../../domain/follow-up-dashboard/figures';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import type { FollowUpDashboardView, JpShortListView, OverdueListView } from '../types';
import { FollowUpDashboardPage } from './FollowUpDashboardPage';

vi.mock('@mantine/charts', () => ({
  BarChart: () => <div data-testid="bar-chart" />,
  DonutChart: () => <div data-testid="donut-chart" />,
}));

const totals = {
  ...zeroFigures(),
  employees: 40,
  plans: { open: 12, agreed: 7 },
  items: { planned: 30, completed: 18, overdue: 5 },
  learning: { hours: 412.5, cost: 27_500_000, pns: 32, pnsBelowMinimum: 9, pppk: 8, pppkAboveMaximum: 1 },
  improvementPeriods: { open: 2, passed: 1, escalated: 1, closed: 0 },
  escalations: { open: 1, decided: 1, decisions: { 'Teguran tertulis': 1 } },
  nominations: { nominated: 3, accepted: 2, declined: 0 },
};

const view: FollowUpDashboardView = {
  year: 2026,
  today: '2026-11-29',
  jpMinimum: 20,
  jpMaximum: 24,
  units: [
    {
      unitId: 'u-1',
      code: 'DINKES',
      name: 'Dinas Kesehatan',
      parentId: null,
      depth: 0,
      own: totals,
      total: totals,
    },
    {
      unitId: 'u-2',
      code: 'PKM',
      name: 'Puskesmas Kemuning',
      parentId: 'u-1',
      depth: 1,
      own: zeroFigures(),
      total: zeroFigures(),
    },
  ],
  totals,
};

const overdue: OverdueListView = {
  today: '2026-11-29',
  total: 21,
  items: Array.from({ length: 20 }, (_, i) => ({
    itemId: `i-${i}`,
    planId: 'p-1',
    employeeId: `e-${i}`,
    name: `Pegawai ${i + 1}`,
    nip: '198501012010012001',
    unitId: 'u-2',
    unitName: 'Puskesmas Kemuning',
    title: 'Pelatihan pelayanan prima',
    dueDate: '2026-06-30',
    daysOverdue: 152,
  })),
};

const jpShort: JpShortListView = {
  year: 2026,
  minimum: 20,
  total: 1,
  items: [
    {
      employeeId: 'e-9',
      name: 'Siti Perawat',
      nip: '198501012010012001',
      unitId: 'u-2',
      unitName: 'Puskesmas Kemuning',
      hours: 7.5,
      shortfall: 12.5,
    },
  ],
};

const page = [{ path: '/dashboards/follow-up', element: <FollowUpDashboardPage /> }];

describe('Dasbor Tindak Lanjut', () => {
  it('when loaded, then the cards, the lists and a unit picker show the figures of the answer', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['hr_admin'])),
      { path: '/dashboards/follow-up', body: view },
      { path: '/dashboards/follow-up/overdue', body: overdue },
      { path: '/dashboards/follow-up/jp-short', body: jpShort },
    ]);
    renderRoutes(page, '/dashboards/follow-up?year=2026');
    expect((await screen.findByTestId('follow-up-card-plans-value')).textContent).toBe('12');
    expect(screen.getByTestId('follow-up-card-overdue-value').textContent).toBe('5');
    expect(screen.getByTestId('follow-up-card-hours-value').textContent).toBe('412,5');
    expect(screen.getByTestId('follow-up-card-cost-value').textContent).toBe('Rp\u00a027.500.000');
    expect(screen.getByTestId('follow-up-card-pns').textContent).toContain('PNS di bawah 20 JP');
    expect(screen.getByTestId('follow-up-unit')).toBeTruthy();
    expect(within(screen.getByTestId('follow-up-escalations')).getByText('Teguran tertulis')).toBeTruthy();
    expect(await screen.findAllByTestId('follow-up-overdue-row')).toHaveLength(20);
    expect(screen.getAllByTestId('pager-summary')[0]!.textContent).toBe('1–20 dari 21');
    const short = await screen.findByTestId('follow-up-jp-short-row');
    expect(short.textContent).toContain('Siti Perawat');
    expect(short.textContent).toContain('12,5');
    expect(calls.some((c) => c.url.includes('/dashboards/follow-up?year=2026'))).toBe(true);

    fireEvent.change(screen.getByTestId('follow-up-year'), { target: { value: '2025' } });
    await waitFor(() =>
      expect(calls.some((c) => c.url.includes('/dashboards/follow-up/jp-short?year=2025'))).toBe(true),
    );
  });

  it('when the caller may not read the dashboards, then the forbidden page shows', async () => {
    const forbidden = {
      status: 403,
      body: { error: { code: 'FORBIDDEN', message: 'Akses ditolak.', details: null, requestId: 't' } },
    };
    mockApi([sessionRoute(sessionFor(['employee'], 'e-1')), { path: '/dashboards/follow-up', ...forbidden }]);
    renderRoutes(page, '/dashboards/follow-up');
    expect(await screen.findByTestId('forbidden-page')).toBeTruthy();
  });

  it('when a unit head leads one unit without sub-units, then no unit picker is offered and empty lists say so', async () => {
    const one = { ...view, units: [view.units[0]!] };
    mockApi([
      sessionRoute(sessionFor(['employee'], 'e-1')),
      { path: '/dashboards/follow-up', body: one },
      { path: '/dashboards/follow-up/overdue', body: { today: '2026-11-29', total: 0, items: [] } },
      { path: '/dashboards/follow-up/jp-short', body: { year: 2026, minimum: 20, total: 0, items: [] } },
    ]);
    renderRoutes(page, '/dashboards/follow-up');
    expect(await screen.findByTestId('follow-up-summary')).toBeTruthy();
    expect(screen.queryByTestId('follow-up-unit')).toBeNull();
    expect(await screen.findByText('Tidak ada kegiatan yang terlambat.')).toBeTruthy();
    expect(await screen.findByText('Semua PNS sudah mencapai 20 JP.')).toBeTruthy();
  });
});
