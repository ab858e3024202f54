import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';

const LEADER = '2b0e3c1a-6f43-4d36-9a7e-1c1b6a0f0a02';
const A = '2b0e3c1a-6f43-4d36-9a7e-1c1b6a0f0b01';
const B = '2b0e3c1a-6f43-4d36-9a7e-1c1b6a0f0b02';
const R1 = '5c7d2e10-0d6e-4b0f-8a3c-2f9a1b7c0301';
const CYCLE = '5c7d2e10-0d6e-4b0f-8a3c-2f9a1b7c00c1';

const matrix = {
  cycleId: CYCLE,
  leaderPlan: {
    id: 'lp',
    status: 'approved',
    results: [{ id: R1, kind: 'main', text: 'Tercapainya imunisasi dasar lengkap di wilayah kerja' }],
  },
  subordinates: [
    {
      employeeId: A,
      name: 'Siti Nurhaliza',
      nip: '199407112017082002',
      positionTitle: 'Perawat Terampil',
      plan: { id: 'pa', status: 'draft' },
      links: { [R1]: [{ id: 'x', text: 'Terlaksananya imunisasi di Posyandu', kind: 'main' }] },
      pending: [],
    },
    {
      employeeId: B,
      name: 'Agus Setiawan',
      nip: '198712092010011002',
      positionTitle: 'Perawat Mahir',
      plan: { id: 'pb', status: 'approved' },
      links: {},
      pending: [],
    },
  ],
};

describe('TeamMatrixPage', () => {
  it('when results are cascaded, then each subordinate is told how it went', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], LEADER)),
      {
        path: '/cycles/current',
        body: { id: CYCLE, year: 2026, startDate: '2026-01-01', endDate: '2026-12-31', periods: [] },
      },
      { path: '/team-matrix', body: matrix },
      { path: '/work-plans', body: { items: [], total: 0 } },
      { path: '/employees', body: { items: [], total: 2 } },
      {
        method: 'POST',
        path: '/team-matrix/assign',
        body: {
          items: [
            { employeeId: A, workPlanId: 'pa', resultId: 'new', createdPlan: false, error: null },
            { employeeId: B, workPlanId: 'pb', resultId: null, createdPlan: false, error: 'not_editable' },
          ],
        },
      },
    ]);
    renderRoutes(routes, '/team/matrix');
    expect((await screen.findAllByTestId('matrix-row', {}, { timeout: 5000 })).length).toBe(1);
    expect(screen.getByText(/Terlaksananya imunisasi di Posyandu/)).toBeTruthy();

    fireEvent.click(screen.getByText('Pilih semua'));
    fireEvent.click(screen.getByTestId('matrix-assign'));
    const outcomes = await screen.findAllByTestId('matrix-outcome');
    expect(outcomes.map((o) => o.dataset.outcome)).toEqual(['ok', 'error']);
    expect(outcomes[1]?.textContent).toContain('SKP-nya sudah diajukan atau disetujui');
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      resultId: R1,
      employeeIds: [A, B],
      kind: 'main',
    });
  });
});
