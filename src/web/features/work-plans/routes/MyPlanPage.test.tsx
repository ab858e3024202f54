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
  it('when a transfer split the year, then both plans are listed with their dates and units, the ended one labelled', async () => {
    const item = (over: Record<string, unknown>) => ({
      id: PLAN_ID,
      cycleId: CYCLE_ID,
      employeeId: EMPLOYEE_ID,
      employeeName: 'Bidan Ani',
      employeeNip: '199407112017082002',
      unitId: 'u-1',
      unitName: 'Puskesmas Kemuning',
      startDate: '2026-01-01',
      endDate: null,
      ended: false,
      assessorId: 'a-1',
      status: 'approved',
      approach: 'quantitative',
      revision: 1,
      isCurrent: true,
      resultCount: 2,
      pendingLinks: 0,
      submittedAt: null,
      approvedAt: null,
      updatedAt: '2026-07-02T00:00:00Z',
      ...over,
    });
    const NEW_ID = '5c7d2e10-0d6e-4b0f-8a3c-2f9a1b7c0002';
    const items = [
      // the ended plan was touched last: the page must still pick the open one
      item({ endDate: '2026-06-30', ended: true, updatedAt: '2026-07-05T00:00:00Z' }),
      item({
        id: NEW_ID,
        unitId: 'u-2',
        unitName: 'Puskesmas Mawar',
        startDate: '2026-07-01',
        status: 'draft',
      }),
    ];
    mockApi([
      sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)),
      { path: '/cycles/current', body: cycle },
      { path: '/cycles', body: { items: [cycle], total: 1 } },
      { path: '/work-plans', body: { items, total: 2 } },
      { path: '/employees', body: empty },
    ]);
    renderRoutes(routes, '/plans/mine');
    const spans = await screen.findAllByTestId('my-plan-span-item', {}, { timeout: 5000 });
    expect(spans.map((s) => s.getAttribute('data-ended'))).toEqual(['true', 'false']);
    expect(spans[0]!.textContent).toContain('1 Januari 2026 – 30 Juni 2026');
    expect(spans[0]!.textContent).toContain('Puskesmas Kemuning');
    expect(spans[0]!.textContent).toContain('Berakhir 30 Juni 2026');
    expect(spans[1]!.textContent).toContain('Mulai 1 Juli 2026');
    expect(spans[1]!.textContent).toContain('Puskesmas Mawar');
    expect(spans[1]!.textContent).not.toContain('Berakhir');
    // the plan to work on is the new one
    expect(screen.getByTestId('plan-status').textContent).toBe('Draf');
    expect(screen.getByTestId('plan-open').getAttribute('href')).toBe(`/plans/${NEW_ID}`);
  });
});
