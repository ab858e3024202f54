import { fireEvent, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { zeroFigures } from '../../../../domain/follow-up-dashboard/figures';
import { mockApi, renderWithProviders, sessionRoute } from '../../../test/utils';
import type { FollowUpDashboardView, FollowUpFigures } from '../types';
import { FollowUpCharts } from './FollowUpCharts';

/** What each chart was given: the drawing itself is recharts' business (and needs a real layout engine). */
const drawn = vi.hoisted(() => ({
  bars: [] as Array<{
    data: Array<Record<string, unknown>>;
    series: Array<{ name: string; label?: string }>;
  }>,
  donuts: [] as Array<{ data: Array<{ name: string; value: number }> }>,
}));
vi.mock('@mantine/charts', () => ({
  BarChart: (props: (typeof drawn.bars)[number]): ReactNode => {
    drawn.bars.push(props);
    return <div data-testid="bar-chart" />;
  },
  DonutChart: (props: (typeof drawn.donuts)[number]): ReactNode => {
    drawn.donuts.push(props);
    return <div data-testid="donut-chart" />;
  },
}));

function figures(over: Partial<FollowUpFigures>): FollowUpFigures {
  return { ...zeroFigures(), ...over };
}

const learning = (hours: number, cost: number) => ({ ...zeroFigures().learning, hours, cost });

/** Dinas Kesehatan (a few of its own staff) → Puskesmas Kemuning (→ Pustu Melati), Puskesmas Melati. */
function view(periods = { open: 2, passed: 1, escalated: 3, closed: 0 }): FollowUpDashboardView {
  const own = figures({
    employees: 3,
    items: { planned: 2, completed: 1, overdue: 1 },
    learning: learning(16.5, 1_500_000),
  });
  const kemuning = figures({
    items: { planned: 7, completed: 12, overdue: 3 },
    learning: learning(120, 9_250_000),
  });
  const melati = figures({ items: { planned: 0, completed: 4, overdue: 0 }, learning: learning(32, 0) });
  const total = figures({
    items: { planned: 9, completed: 17, overdue: 4 },
    learning: learning(168.5, 10_750_000),
    improvementPeriods: periods,
  });
  const unit = (
    unitId: string,
    name: string,
    parentId: string | null,
    depth: number,
    o: FollowUpFigures,
    t: FollowUpFigures,
  ) => ({ unitId, code: unitId, name, parentId, depth, own: o, total: t });
  return {
    year: 2026,
    today: '2026-11-29',
    jpMinimum: 20,
    jpMaximum: 24,
    units: [
      unit('DINKES', 'Dinas Kesehatan', null, 0, own, total),
      unit('PKM-K', 'Puskesmas Kemuning', 'DINKES', 1, figures({}), kemuning),
      unit('PUSTU', 'Pustu Melati', 'PKM-K', 2, kemuning, kemuning),
      unit('PKM-M', 'Puskesmas Melati', 'DINKES', 1, melati, melati),
    ],
    totals: total,
  };
}

/** The rows of a panel's table: each row's header cell and data cells, as shown. */
function tableRows(panel: string): string[][] {
  const table = screen.getByTestId(`${panel}-rows`);
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent ?? ''));
}

function showTable(panel: string) {
  const toggle = screen.getByTestId(`${panel}-mode`);
  fireEvent.click(within(toggle).getByLabelText('Tabel'));
}

describe('the follow-up charts and their tables', () => {
  beforeEach(() => {
    mockApi([sessionRoute(null)]);
    drawn.bars.length = 0;
    drawn.donuts.length = 0;
  });

  it('when the items table is shown, then it lists exactly the figures the bar chart was given', () => {
    renderWithProviders(<FollowUpCharts view={view()} />);
    const chart = drawn.bars[0]!;
    expect(chart.series.map((s) => s.label)).toEqual(['Direncanakan', 'Selesai', 'Terlambat']);
    // the unit's own staff beside each child unit's subtree (Pustu Melati inside Puskesmas Kemuning)
    expect(chart.data).toEqual([
      { unit: 'Dinas Kesehatan (unit sendiri)', planned: 2, completed: 1, overdue: 1 },
      { unit: 'Puskesmas Kemuning', planned: 7, completed: 12, overdue: 3 },
      { unit: 'Puskesmas Melati', planned: 0, completed: 4, overdue: 0 },
    ]);
    showTable('follow-up-items');
    expect(screen.queryByTestId('follow-up-items-chart')).toBeNull();
    expect(tableRows('follow-up-items')).toEqual(
      chart.data.map((r) => [String(r.unit), String(r.planned), String(r.completed), String(r.overdue)]),
    );
  });

  it('when the learning table is shown, then JP and cost match the chart, in Indonesian number format', () => {
    renderWithProviders(<FollowUpCharts view={view()} />);
    const chart = drawn.bars[1]!;
    expect(chart.data).toEqual([
      { unit: 'Dinas Kesehatan (unit sendiri)', hours: 16.5, cost: 1_500_000 },
      { unit: 'Puskesmas Kemuning', hours: 120, cost: 9_250_000 },
      { unit: 'Puskesmas Melati', hours: 32, cost: 0 },
    ]);
    showTable('follow-up-learning');
    expect(tableRows('follow-up-learning')).toEqual([
      ['Dinas Kesehatan (unit sendiri)', '16,5', 'Rp 1.500.000'],
      ['Puskesmas Kemuning', '120', 'Rp 9.250.000'],
      ['Puskesmas Melati', '32', 'Rp 0'],
    ]);
    // the parts add up to the unit's total
    const sum = chart.data.reduce((s, r) => s + Number(r.cost), 0);
    expect(sum).toBe(10_750_000);
  });

  it('when the improvement periods table is shown, then it lists every outcome, the donut the non-zero ones', () => {
    renderWithProviders(<FollowUpCharts view={view()} />);
    expect(drawn.donuts[0]!.data.map((s) => [s.name, s.value])).toEqual([
      ['Berjalan', 2],
      ['Berhasil', 1],
      ['Dieskalasi', 3],
    ]);
    showTable('follow-up-periods');
    expect(tableRows('follow-up-periods')).toEqual([
      ['Berjalan', '2'],
      ['Berhasil', '1'],
      ['Dieskalasi', '3'],
      ['Ditutup', '0'],
    ]);
  });

  it('when there are no improvement periods, then the chart says so and the table shows zeros', () => {
    renderWithProviders(<FollowUpCharts view={view({ open: 0, passed: 0, escalated: 0, closed: 0 })} />);
    expect(drawn.donuts).toHaveLength(0);
    expect(
      within(screen.getByTestId('follow-up-periods-chart')).getByText(
        'Tidak ada masa perbaikan pada tahun ini.',
      ),
    ).toBeTruthy();
    showTable('follow-up-periods');
    expect(tableRows('follow-up-periods').map((r) => r[1])).toEqual(['0', '0', '0', '0']);
  });

  it('when the chosen unit has no staff of its own, then only its child units are compared', () => {
    const v = view();
    const root = { ...v.units[0]!, own: zeroFigures() };
    renderWithProviders(<FollowUpCharts view={{ ...v, units: [root, ...v.units.slice(1)] }} />);
    expect(drawn.bars[0]!.data.map((r) => r.unit)).toEqual(['Puskesmas Kemuning', 'Puskesmas Melati']);
  });

  it('when the whole agency is shown, then each top unit is one bar group with its subtree total', () => {
    const v = view();
    const other = { ...v.units[0]!, unitId: 'DISDIK', code: 'DISDIK', name: 'Dinas Pendidikan' };
    renderWithProviders(<FollowUpCharts view={{ ...v, units: [...v.units, other] }} />);
    expect(drawn.bars[0]!.data.map((r) => [r.unit, r.planned])).toEqual([
      ['Dinas Kesehatan', 9],
      ['Dinas Pendidikan', 9],
    ]);
  });
});
