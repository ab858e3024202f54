import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionFor, sessionRoute, type MockRoute } from '../../../test/utils';
import { CYCLE_ID, EMPLOYEE_ID, PLAN_ID, indicator, plan } from '../test/fixtures';
import type { IndicatorView, WorkPlanView } from '../types';
import { PeriodTargets } from './PeriodTargets';

const Q = ['q1', 'q2', 'q3', 'q4'];
const period = (id: string, i: number) => ({
  id,
  cycleId: CYCLE_ID,
  kind: 'periodic',
  index: i + 1,
  label: `Triwulan ${['I', 'II', 'III', 'IV'][i]} 2026`,
  startDate: '2026-01-01',
  endDate: '2026-03-31',
  progressDeadline: null,
  evaluationDeadline: null,
  status: 'open',
  lockedAt: null,
  version: 1,
});

/** 1,000 patients a year summed over four quarters; the first quarter set by hand to 100. */
const patients = (over: Partial<IndicatorView> = {}) =>
  indicator({
    text: 'Jumlah pasien yang dilayani',
    target: 1000,
    unit: 'pasien',
    aggregation: 'sum',
    periodTargets: [
      { periodId: 'q1', target: 100, overridden: true },
      { periodId: 'q2', target: 300, overridden: false },
      { periodId: 'q3', target: 300, overridden: false },
      { periodId: 'q4', target: 300, overridden: false },
    ],
    ...over,
  });

function setup(view: WorkPlanView, ind: IndicatorView, extra: MockRoute[] = []) {
  const calls = mockApi([
    sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)),
    ...extra,
    { path: `/cycles/${CYCLE_ID}`, body: { id: CYCLE_ID, periods: Q.map(period) } },
  ]);
  renderWithProviders(<PeriodTargets plan={view} indicator={ind} />);
  return calls;
}

const rows = () => screen.getAllByTestId('period-target-row');
const put = `/work-plans/${PLAN_ID}/indicators/${indicator().id}/period-targets`;

describe('the period targets of an indicator', () => {
  it('lists each period with its target, the overridden one marked, and the sum against the annual target', async () => {
    setup(plan(), patients());
    await waitFor(() => expect(rows()[0]!.textContent).toContain('Triwulan I 2026'));
    expect(rows().map((r) => within(r).getByTestId('period-target-value').textContent)).toEqual([
      '100 pasien',
      '300 pasien',
      '300 pasien',
      '300 pasien',
    ]);
    expect(within(rows()[0]!).getByTestId('period-target-overridden').textContent).toBe('diubah');
    expect(within(rows()[1]!).queryByTestId('period-target-overridden')).toBeNull();
    expect(rows()[1]!.textContent).toContain('pembagian rata');
    expect(screen.getByTestId('period-targets-sum').textContent).toBe(
      'Jumlah target periode: 1.000 (target tahunan 1.000)',
    );
  });

  it('when a period is typed, then the rest is split again at once and only the overrides are saved', async () => {
    const calls = setup(plan(), patients(), [{ method: 'PUT', path: put, body: patients() }]);
    fireEvent.click(await screen.findByTestId('period-targets-edit'));
    const inputs = () => screen.getAllByTestId<HTMLInputElement>('period-target-input');
    fireEvent.change(inputs()[1]!, { target: { value: '400' } });
    // 1,000 − 100 − 400 = 500 for the two periods left
    expect(inputs().map((i) => i.value)).toEqual(['100', '400', '250', '250']);
    expect(screen.getAllByTestId('period-target-overridden')).toHaveLength(2);

    // the first quarter goes back to the split: 1,000 − 400 over three periods
    fireEvent.click(within(rows()[0]!).getByTestId('period-target-reset'));
    expect(inputs().map((i) => i.value)).toEqual(['200', '400', '200', '200']);

    fireEvent.click(screen.getByTestId('period-targets-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      targets: [{ periodId: 'q2', target: 400 }],
    });
    await waitFor(() => expect(screen.queryByTestId('period-target-input')).toBeNull());
  });

  it('when the server refuses the sum, then its message is shown inline and the typed targets stay', async () => {
    const message =
      'Target periode yang diubah berjumlah 1.200, melebihi target tahunan (1.000); periode lain tidak kebagian target.';
    setup(plan(), patients(), [
      {
        method: 'PUT',
        path: put,
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED', message, details: [], requestId: 't' } },
      },
    ]);
    fireEvent.click(await screen.findByTestId('period-targets-edit'));
    const inputs = () => screen.getAllByTestId<HTMLInputElement>('period-target-input');
    fireEvent.change(inputs()[1]!, { target: { value: '1100' } });
    fireEvent.click(screen.getByTestId('period-targets-save'));
    expect((await screen.findByTestId('period-targets-error')).textContent).toBe(message);
    expect(inputs()[1]!.value).toBe('1100');
  });

  it('when a typed target is not a number, then saving waits', async () => {
    setup(plan(), patients());
    fireEvent.click(await screen.findByTestId('period-targets-edit'));
    fireEvent.change(screen.getAllByTestId('period-target-input')[2]!, { target: { value: 'abc' } });
    expect(screen.getByTestId<HTMLButtonElement>('period-targets-save').disabled).toBe(true);
  });

  it('when the plan is not editable, then the targets are shown without an editor', async () => {
    const locked = plan({
      can: { edit: false, submit: false, review: false, amend: false, editBehaviours: false, comment: true },
    });
    setup(locked, patients());
    await waitFor(() => expect(rows()[3]!.textContent).toContain('Triwulan IV 2026'));
    expect(screen.queryByTestId('period-targets-edit')).toBeNull();
  });

  it('a narrative indicator has no period targets', () => {
    setup(plan(), patients({ target: null, targetText: 'Laporan tersusun', periodTargets: [] }));
    expect(screen.queryByTestId('period-targets')).toBeNull();
  });
});
