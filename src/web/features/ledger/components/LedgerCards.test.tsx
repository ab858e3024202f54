import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionRoute } from '../../../test/utils';
import type { CreditPointsView, LearningHoursView, TppRatesView } from '../types';
import { CreditPointsCard } from './CreditPointsCard';
import { LearningHoursCard } from './LearningHoursCard';
import { TppRatesEditor } from './TppRatesEditor';

const EMPLOYEE = 'e-1';
const JP_PATH = `/employees/${EMPLOYEE}/learning-hours`;
const AK_PATH = `/employees/${EMPLOYEE}/credit-points`;

const pns: LearningHoursView = {
  employeeId: EMPLOYEE,
  asnType: 'PNS',
  year: 2026,
  hours: 12.5,
  minimum: 20,
  maximum: null,
  shortfall: 7.5,
  overMaximum: 0,
  standing: 'short',
  items: [
    {
      id: 'i-1',
      planId: 'p-1',
      trainingId: null,
      title: 'Pelayanan Prima Puskesmas',
      mode: 'classroom',
      hours: 12.5,
      completedAt: '2026-03-10T02:00:00Z',
    },
  ],
};

const DEFAULTS = { sangat_baik: 100, baik: 100, butuh_perbaikan: 80, kurang: 60, sangat_kurang: 40 };

describe('LearningHoursCard', () => {
  it('when a PNS is short before the year ends, then the hours, the shortfall and the items are shown', async () => {
    mockApi([sessionRoute(null), { path: JP_PATH, body: pns }]);
    renderWithProviders(<LearningHoursCard employeeId={EMPLOYEE} />);
    expect((await screen.findByTestId('jp-hours')).textContent).toBe('12,5 JP tahun 2026');
    expect(screen.getByTestId('jp-standing').textContent).toBe('Belum cukup');
    expect(screen.getByTestId('jp-bound').textContent).toBe(
      'Kurang 7,5 JP lagi untuk memenuhi minimal 20 JP sebelum akhir tahun 2026.',
    );
    const items = within(screen.getByTestId('jp-items')).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Pelayanan Prima Puskesmas — 12,5 JP, selesai 10 Maret 2026',
    ]);
    expect(screen.getByRole('progressbar', { name: '12,5 dari 20 JP' })).toBeTruthy();
  });

  it('when a PPPK is over the maximum, then the excess is flagged', async () => {
    mockApi([
      sessionRoute(null),
      {
        path: JP_PATH,
        body: {
          ...pns,
          asnType: 'PPPK',
          hours: 30,
          minimum: null,
          maximum: 24,
          shortfall: 0,
          overMaximum: 6,
          standing: 'over',
        },
      },
    ]);
    renderWithProviders(<LearningHoursCard employeeId={EMPLOYEE} />, { language: 'en' });
    expect((await screen.findByTestId('jp-bound')).textContent).toBe(
      '6 JP above the maximum of 24 JP a year.',
    );
    expect(screen.getByTestId('jp-standing').textContent).toBe('Over the maximum');
  });

  it('when the caller may not read the ledger (404), then the card is not shown', async () => {
    const calls = mockApi([sessionRoute(null)]);
    const { container } = renderWithProviders(<LearningHoursCard employeeId={EMPLOYEE} />);
    await waitFor(() => expect(calls.some((c) => c.url.includes(JP_PATH))).toBe(true));
    await waitFor(() => expect(container.querySelector('[data-testid="learning-hours"]')).toBeNull());
  });
});

describe('CreditPointsCard', () => {
  const functional: CreditPointsView = {
    employeeId: EMPLOYEE,
    cycleId: 'c-1',
    cycleYear: 2026,
    functionalLevel: 'ahli_pertama',
    items: [
      {
        periodId: 'q1',
        periodLabel: 'Triwulan 1 2026',
        evaluationId: 'ev-1',
        months: 3,
        predicate: 'baik',
        percentage: 100,
        coefficient: 12.5,
        points: 3.125,
      },
      {
        periodId: 'q2',
        periodLabel: 'Triwulan 2 2026',
        evaluationId: 'ev-2',
        months: 3,
        predicate: 'butuh_perbaikan',
        percentage: 75,
        coefficient: 12.5,
        points: 2.344,
      },
    ],
    total: 5.469,
  };

  it('when the employee is functional, then each counted evaluation and the total are shown', async () => {
    mockApi([
      sessionRoute(null),
      { path: AK_PATH, body: functional },
      { path: '/cycles', body: { items: [], total: 0 } },
    ]);
    renderWithProviders(<CreditPointsCard employeeId={EMPLOYEE} />);
    const row = await screen.findByTestId('credit-points-row-ev-2');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Triwulan 2 2026', '3', 'Butuh Perbaikan', '75%', '12,5', '2,344']);
    expect(screen.getByTestId('credit-points-total').textContent).toBe('5,469');
    expect(screen.getByText(/Peraturan BKN 3\/2023/)).toBeTruthy();
  });

  it('when the employee is not functional, then the card is not shown', async () => {
    const calls = mockApi([
      sessionRoute(null),
      { path: AK_PATH, body: { ...functional, functionalLevel: null, items: [], total: 0 } },
      { path: '/cycles', body: { items: [], total: 0 } },
    ]);
    const { container } = renderWithProviders(<CreditPointsCard employeeId={EMPLOYEE} />);
    await waitFor(() => expect(calls.some((c) => c.url.includes(AK_PATH))).toBe(true));
    await waitFor(() => expect(container.querySelector('[data-testid="credit-points"]')).toBeNull());
  });
});

describe('TppRatesEditor', () => {
  const view: TppRatesView = { rates: DEFAULTS, version: 0, updatedAt: null, defaults: DEFAULTS };

  it('when a rate is changed and saved, then the whole table goes with the version read', async () => {
    const calls = mockApi([
      sessionRoute(null),
      { path: '/settings/tpp', body: view },
      {
        method: 'PUT',
        path: '/settings/tpp',
        body: { ...view, rates: { ...DEFAULTS, kurang: 55 }, version: 1 },
      },
    ]);
    renderWithProviders(<TppRatesEditor />);
    const kurang = await within(await screen.findByTestId('tpp-rates')).findByLabelText('Kurang/Misconduct');
    expect((screen.getByTestId('tpp-rates-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(kurang, { target: { value: '55' } });
    fireEvent.click(screen.getByTestId('tpp-rates-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      rates: { ...DEFAULTS, kurang: 55 },
      version: 0,
    });
  });

  it('when a rate is above 100, then it is marked and nothing can be saved', async () => {
    mockApi([sessionRoute(null), { path: '/settings/tpp', body: view }]);
    renderWithProviders(<TppRatesEditor />);
    const baik = await within(await screen.findByTestId('tpp-rates')).findByLabelText('Baik');
    fireEvent.change(baik, { target: { value: '150' } });
    fireEvent.blur(baik);
    expect(await screen.findByText('Isi bilangan bulat 0–100.')).toBeTruthy();
    expect((screen.getByTestId('tpp-rates-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('when someone else changed the table meanwhile (409), then the editor says so and offers a reload', async () => {
    mockApi([
      sessionRoute(null),
      { path: '/settings/tpp', body: view },
      {
        method: 'PUT',
        path: '/settings/tpp',
        status: 409,
        body: {
          error: {
            code: 'CONFLICT',
            message: 'Data telah diubah',
            details: { reason: 'stale_version' },
            requestId: 'r',
          },
        },
      },
    ]);
    renderWithProviders(<TppRatesEditor />);
    const sk = await within(await screen.findByTestId('tpp-rates')).findByLabelText('Sangat Kurang');
    fireEvent.change(sk, { target: { value: '30' } });
    fireEvent.click(screen.getByTestId('tpp-rates-save'));
    expect((await screen.findByTestId('tpp-rates-stale')).textContent).toContain('diubah oleh orang lain');
  });
});
