import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import type { Cycle } from '../types';
import { CyclesPage } from './CyclesPage';

const cycle = (year: number, status: Cycle['status']): Cycle => ({
  id: `c${year}`,
  year,
  startDate: `${year}-01-01`,
  endDate: `${year}-12-31`,
  frequency: 'quarterly',
  planningDeadline: null,
  status,
  closedAt: status === 'closed' ? `${year}-12-31T03:00:00Z` : null,
  closedByName: status === 'closed' ? 'Rina BKPSDM' : null,
  can: { close: status === 'open', reopen: status === 'closed' },
  version: 1,
  periods: [],
  createdAt: `${year}-01-01T00:00:00Z`,
  updatedAt: `${year}-01-01T00:00:00Z`,
});

describe('CyclesPage', () => {
  it('when a year is closed, then its card shows "Ditutup" and the open one does not', async () => {
    mockApi([
      sessionRoute(sessionFor(['hr_admin'])),
      { path: '/cycles', body: { items: [cycle(2026, 'open'), cycle(2025, 'closed')], total: 2 } },
    ]);
    renderRoutes([{ path: '/admin/cycles', element: <CyclesPage /> }], '/admin/cycles');
    const cards = await screen.findAllByTestId('cycle-item', {}, { timeout: 5000 });
    expect(within(cards[0]!).queryByTestId('cycle-closed-badge')).toBeNull();
    expect(within(cards[1]!).getByTestId('cycle-closed-badge').textContent).toBe('Ditutup');
  });
});
