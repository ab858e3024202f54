import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import { OrgPredicatesPage } from './OrgPredicatesPage';

const UNIT = '0b8f7a52-3c1d-4e7a-9a55-1f2e3d4c5b6a';
const PERIOD = '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const CYCLE = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const cycle = {
  id: CYCLE,
  year: 2026,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  frequency: 'quarterly',
  planningDeadline: null,
  version: 1,
  periods: [
    {
      id: PERIOD,
      cycleId: CYCLE,
      kind: 'annual',
      index: 0,
      label: 'Tahunan 2026',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      progressDeadline: null,
      evaluationDeadline: null,
      status: 'open',
      lockedAt: null,
      version: 1,
    },
  ],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const saved = {
  id: 'op-2',
  unitId: UNIT,
  periodId: PERIOD,
  predicate: 'istimewa',
  basis: 'Target SPM tercapai 100%.',
  setBy: 'u-1',
  setByName: 'Kepala Dinas',
  setAt: '2026-12-01T02:00:00Z',
};

describe('OrgPredicatesPage', () => {
  it('when a predicate is chosen with its basis and saved, then it is sent for the unit and period', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], 'e-1')),
      { path: '/cycles', body: { items: [cycle], total: 1 } },
      { path: '/cycles/current', body: cycle },
      {
        path: '/org-predicates',
        body: {
          items: [
            {
              unit: {
                id: UNIT,
                name: 'Puskesmas Kemuning',
                code: 'PKM-01',
                parentId: null,
                headName: 'dr. Ratna',
              },
              current: null,
            },
          ],
        },
      },
      { method: 'PUT', path: `/units/${UNIT}/org-predicates/${PERIOD}`, body: saved },
    ]);
    renderRoutes(
      [{ path: '/org-predicates', element: <OrgPredicatesPage /> }],
      `/org-predicates?periodId=${PERIOD}`,
    );
    const select = await screen.findByTestId(`org-predicate-select-${UNIT}`, {}, { timeout: 5000 });
    expect(screen.getByTestId(`org-predicate-current-${UNIT}`).textContent).toBe('Belum ditetapkan');
    fireEvent.change(select, { target: { value: 'istimewa' } });
    fireEvent.change(screen.getByTestId(`org-predicate-basis-${UNIT}`), {
      target: { value: 'Target SPM tercapai 100%.' },
    });
    fireEvent.click(screen.getByTestId(`org-predicate-save-${UNIT}`));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      predicate: 'istimewa',
      basis: 'Target SPM tercapai 100%.',
    });
  });
});
