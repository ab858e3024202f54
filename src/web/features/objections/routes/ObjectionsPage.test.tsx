import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import { ObjectionsPage } from './ObjectionsPage';

const row = {
  id: 'obj-1',
  evaluationId: 'ev-1',
  employeeId: 'e-1',
  employeeName: 'Ani Lestari',
  periodLabel: 'Tahunan 2026',
  deciderId: 'e-9',
  deciderName: 'Kepala Dinas',
  reason: 'Capaian imunisasi tidak diperhitungkan.',
  status: 'explanations_requested',
  outcome: null,
  filedAt: '2026-12-20T02:00:00Z',
};

describe('ObjectionsPage', () => {
  it('when opened, then open objections are listed and the decided tab asks for decided ones', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], 'e-9')),
      { path: '/objections', body: { items: [row], total: 1 } },
    ]);
    renderRoutes([{ path: '/objections', element: <ObjectionsPage /> }], '/objections');
    const item = await screen.findByTestId('objection-row-obj-1', {}, { timeout: 5000 });
    expect(item.textContent).toContain('Ani Lestari — Tahunan 2026');
    expect(item.textContent).toContain('Menunggu penjelasan');
    expect(item.querySelector('a')?.getAttribute('href')).toBe('/objections/obj-1');
    expect(calls.some((c) => c.url.includes('/objections?status=open'))).toBe(true);
    fireEvent.click(screen.getByTestId('objections-tab-decided'));
    await waitFor(() => expect(calls.some((c) => c.url.includes('/objections?status=decided'))).toBe(true));
  });
});
