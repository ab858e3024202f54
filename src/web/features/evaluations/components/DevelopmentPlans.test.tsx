import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionRoute } from '../../../test/utils';
import type { DevelopmentPlanView } from '../api/list-development-plans';
import { EMPLOYEE_ID, EVALUATION_ID, MAIN_RESULT, PERIOD_ID } from '../test/fixtures';
import { DevelopmentPlans } from './DevelopmentPlans';

const PLANS_PATH = `/employees/${EMPLOYEE_ID}/development-plans`;

const plan: DevelopmentPlanView = {
  id: 'dp-1',
  employeeId: EMPLOYEE_ID,
  evaluationId: EVALUATION_ID,
  periodId: PERIOD_ID,
  periodLabel: 'Triwulan I 2026',
  source: 'evaluation',
  predicate: 'butuh_perbaikan',
  status: 'open',
  focusAreas: [
    {
      kind: 'result',
      resultId: MAIN_RESULT,
      value: null,
      text: 'Cakupan imunisasi dasar lengkap',
      rating: 'below',
      categories: [],
      notes: [],
    },
    {
      kind: 'behaviour',
      resultId: null,
      value: 'kolaboratif',
      text: 'Kolaboratif',
      rating: 'below',
      categories: [],
      notes: [],
    },
  ],
  note: null,
  createdAt: '2026-04-10T03:00:00Z',
  version: 1,
  assessorId: null,
  agreedByEmployeeAt: null,
  agreedByAssessorAt: null,
  progress: { total: 1, completed: 0, planned: 1, overdue: 0, cancelled: 0, hours: 4, completedHours: 0 },
  items: [
    {
      id: 'it-1',
      title: 'Coaching',
      dueDate: '2026-12-20',
      status: 'planned',
      completedAt: null,
      overdue: false,
    },
  ],
};

describe('DevelopmentPlans', () => {
  it('when the employee has a plan, then it shows the period, predicate, status, focus areas and date', async () => {
    const calls = mockApi([sessionRoute(null), { path: PLANS_PATH, body: { items: [plan] } }]);
    renderWithProviders(
      <MemoryRouter>
        <DevelopmentPlans employeeId={EMPLOYEE_ID} />
      </MemoryRouter>,
    );

    const item = await screen.findByTestId('development-plan-dp-1');
    expect(
      within(screen.getByTestId('development-plans')).getByText('Rencana Pengembangan Kompetensi'),
    ).toBeTruthy();
    expect(item.textContent).toContain('Triwulan I 2026');
    expect(item.querySelector('[data-predicate="butuh_perbaikan"]')?.textContent).toContain(
      'Butuh Perbaikan',
    );
    expect(within(item).getByTestId('development-plan-status').textContent).toBe('Berjalan');
    const areas = within(within(item).getByTestId('development-plan-focus-areas')).getAllByRole('listitem');
    expect(areas.map((a) => a.textContent)).toEqual([
      'RHK: Cakupan imunisasi dasar lengkap — Di Bawah Ekspektasi',
      'Perilaku: Kolaboratif',
    ]);
    expect(within(item).getByTestId('development-plan-created').textContent).toBe('Dibuat 10 April 2026');
    expect(within(item).getByTestId('development-plan-progress').textContent).toBe(
      '0 dari 1 kegiatan selesai · 0 JP',
    );
    expect(within(item).getByTestId('development-plan-open').getAttribute('href')).toBe(
      '/development-plans/dp-1',
    );
    expect(calls.some((c) => c.method === 'GET' && c.url.includes(PLANS_PATH))).toBe(true);
  });

  it('when the employee has no plan, then the empty state explains when plans are made', async () => {
    mockApi([sessionRoute(null), { path: PLANS_PATH, body: { items: [] } }]);
    renderWithProviders(
      <MemoryRouter>
        <DevelopmentPlans employeeId={EMPLOYEE_ID} />
      </MemoryRouter>,
    );

    const empty = await screen.findByTestId('development-plans-empty');
    expect(empty.textContent).toBe(
      'Belum ada rencana pengembangan. Rencana dibuat otomatis bila predikat Butuh Perbaikan, Kurang, atau Sangat Kurang.',
    );
    expect(screen.queryByTestId(/^development-plan-dp-/)).toBeNull();
  });

  it('when loading fails, then the error state offers a retry', async () => {
    mockApi([sessionRoute(null)]);
    renderWithProviders(
      <MemoryRouter>
        <DevelopmentPlans employeeId={EMPLOYEE_ID} />
      </MemoryRouter>,
    );

    expect(await screen.findByTestId('error-state')).toBeTruthy();
    expect(screen.getByTestId('error-retry')).toBeTruthy();
  });
});
