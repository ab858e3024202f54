import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionRoute } from '../../../test/utils';
import type { DevelopmentPlanView } from '../api/list-development-plans';
import { EMPLOYEE_ID, EVALUATION_ID, evaluation } from '../test/fixtures';
import { DevelopmentProgressPanel } from './DevelopmentProgressPanel';

const PLANS_PATH = `/employees/${EMPLOYEE_ID}/development-plans`;

const base: DevelopmentPlanView = {
  id: 'dp-earlier',
  employeeId: EMPLOYEE_ID,
  evaluationId: 'ev-earlier',
  periodId: 'p-1',
  periodLabel: 'Triwulan I 2026',
  source: 'evaluation',
  predicate: 'butuh_perbaikan',
  status: 'open',
  focusAreas: [],
  note: null,
  createdAt: '2026-04-10T03:00:00Z',
  version: 4,
  assessorId: null,
  agreedByEmployeeAt: '2026-04-12T03:00:00Z',
  agreedByAssessorAt: '2026-04-13T03:00:00Z',
  progress: { total: 2, completed: 1, planned: 1, overdue: 1, cancelled: 0, hours: 20, completedHours: 16 },
  items: [
    {
      id: 'i-1',
      title: 'Pelayanan Prima',
      dueDate: '2026-05-31',
      status: 'completed',
      completedAt: '2026-05-20T03:00:00Z',
      overdue: false,
    },
    {
      id: 'i-2',
      title: 'Coaching loket',
      dueDate: '2026-06-15',
      status: 'planned',
      completedAt: null,
      overdue: true,
    },
  ],
};

const current = evaluation({ finalizedAt: '2026-07-10T03:00:00Z', status: 'final' });

describe('DevelopmentProgressPanel (the earlier plan beside the ratings)', () => {
  it('when the employee has an earlier plan, then its items and their status show with the progress', async () => {
    mockApi([
      sessionRoute(null),
      {
        path: PLANS_PATH,
        body: {
          items: [
            {
              ...base,
              id: 'dp-this',
              evaluationId: EVALUATION_ID,
              createdAt: '2026-07-10T03:00:00Z',
              items: [],
            },
            base,
            { ...base, id: 'dp-cancelled', status: 'cancelled' },
          ],
        },
      },
    ]);
    renderWithProviders(
      <MemoryRouter>
        <DevelopmentProgressPanel evaluation={current} />
      </MemoryRouter>,
    );

    const panel = await screen.findByTestId('development-progress');
    expect(within(panel).getByTestId('development-plan-of-evaluation').getAttribute('href')).toBe(
      '/development-plans/dp-this',
    );
    const earlier = within(panel).getByTestId('development-progress-dp-earlier');
    expect(within(earlier).getByTestId('development-progress-summary').textContent).toBe(
      '1 dari 2 kegiatan selesai · 16 JP',
    );
    expect(earlier.textContent).toContain('Pelayanan Prima');
    expect(earlier.textContent).toContain('Selesai');
    expect(earlier.textContent).toContain('Lewat tenggat');
    expect(within(panel).queryByTestId('development-progress-dp-cancelled')).toBeNull();
    expect(within(panel).queryByTestId('development-progress-dp-this')).toBeNull();
  });

  it('when the reader may not see development plans (404), then nothing shows', async () => {
    mockApi([sessionRoute(null)]);
    const { container } = renderWithProviders(
      <MemoryRouter>
        <DevelopmentProgressPanel evaluation={current} />
      </MemoryRouter>,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(container.querySelector('[data-testid="development-progress"]')).toBeNull();
  });
});
