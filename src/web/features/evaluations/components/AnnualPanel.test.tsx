import { screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/utils';
import type { AnnualPrefillView } from '../types';
import { AnnualPanel } from './AnnualPanel';

const annual: AnnualPrefillView = {
  mode: 'latest',
  periodic: [
    {
      evaluationId: 'q1',
      periodId: 'p1',
      label: 'Triwulan 1 2026',
      predicate: 'baik',
      workPlanId: 'old',
      months: 3,
    },
    {
      evaluationId: 'q2',
      periodId: 'p2',
      label: 'Triwulan 2 2026',
      predicate: 'baik',
      workPlanId: 'old',
      months: 3,
    },
    {
      evaluationId: 'q3',
      periodId: 'p3',
      label: 'Triwulan 3 2026',
      predicate: 'sangat_baik',
      workPlanId: 'new',
      months: 3,
    },
  ],
  plans: [
    {
      workPlanId: 'old',
      startDate: '2026-01-01',
      endDate: '2026-05-31',
      unitName: 'Puskesmas Kemuning',
      assessorName: 'dr. Hendra',
      months: 5,
    },
    {
      workPlanId: 'new',
      startDate: '2026-06-01',
      endDate: null,
      unitName: 'Puskesmas Sukamaju',
      assessorName: 'dr. Rina',
      months: 7,
    },
  ],
  suggestedPredicate: 'sangat_baik',
};

describe('AnnualPanel', () => {
  it('when a transfer split the year, then each plan is listed with its unit, dates, assessor and its periodic results', async () => {
    const router = createMemoryRouter([{ path: '/', element: <AnnualPanel annual={annual} /> }]);
    renderWithProviders(<RouterProvider router={router} />);
    const old = await screen.findByTestId('evaluation-annual-plan-old');
    expect(old.textContent).toContain('SKP Puskesmas Kemuning, 1 Januari 2026 – 31 Mei 2026 (5 bulan)');
    expect(old.textContent).toContain('Pejabat Penilai: dr. Hendra');
    expect(within(old).getAllByRole('listitem')).toHaveLength(2);
    const current = screen.getByTestId('evaluation-annual-plan-new');
    expect(current.textContent).toContain('1 Juni 2026 – akhir tahun (7 bulan)');
    expect(within(current).getByText('Triwulan 3 2026')).toBeTruthy();
  });
});
