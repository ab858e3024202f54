import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import { CYCLE_ID, EMPLOYEE_ID, PLAN_ID, plan } from '../test/fixtures';

const cycle = {
  id: CYCLE_ID,
  year: 2026,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  frequency: 'monthly',
  planningDeadline: '2026-01-31',
  version: 1,
  periods: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const empty = { items: [], total: 0 };

describe('MyPlanPage', () => {
  it('when there is no plan yet, then "Buat SKP" creates one with the chosen approach and opens it', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)),
      { path: '/cycles/current', body: cycle },
      { path: '/cycles', body: { items: [cycle], total: 1 } },
      { path: '/work-plans', body: empty },
      { path: '/employees', body: empty },
      { method: 'POST', path: '/work-plans', status: 201, body: plan({ approach: 'qualitative' }) },
      { path: `/work-plans/${PLAN_ID}`, body: plan({ approach: 'qualitative' }) },
      { path: `/work-plans/${PLAN_ID}/comments`, body: { items: [] } },
      { path: `/work-plans/${PLAN_ID}/versions`, body: { items: [] } },
    ]);
    const { router } = renderRoutes(routes, '/plans/mine');
    expect((await screen.findByTestId('my-plan-cycle', {}, { timeout: 5000 })).textContent).toContain(
      'Periode 2026: 1 Januari 2026 – 31 Desember 2026',
    );
    fireEvent.click(await screen.findByText('Kualitatif'));
    fireEvent.click(screen.getByTestId('plan-create'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/plans/${PLAN_ID}`));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ cycleId: CYCLE_ID, employeeId: EMPLOYEE_ID, approach: 'qualitative' });
  });

  it('when no cycle exists, then it says so instead of offering a plan', async () => {
    mockApi([
      sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)),
      {
        path: '/cycles/current',
        status: 404,
        body: { error: { code: 'NOT_FOUND', message: 'Tidak ada.', details: null, requestId: 't' } },
      },
      { path: '/work-plans', body: empty },
      { path: '/employees', body: empty },
    ]);
    renderRoutes(routes, '/plans/mine');
    expect(await screen.findByText('Periode kinerja belum dibuka', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('plan-create')).toBeNull();
  });
});
