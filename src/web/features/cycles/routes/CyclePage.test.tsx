import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import type { Cycle, CycleClosePreview, CycleCloseResult, Period } from '../types';
import { CyclePage } from './CyclePage';

const ID = 'c2026';

function period(index: number, status: Period['status'] = 'open'): Period {
  const annual = index === 0;
  return {
    id: `p${index}`,
    cycleId: ID,
    kind: annual ? 'annual' : 'periodic',
    index,
    label: annual ? 'Tahunan 2026' : `Triwulan ${index} 2026`,
    startDate: '2026-01-01',
    endDate: '2026-03-31',
    progressDeadline: null,
    evaluationDeadline: null,
    status,
    lockedAt: status === 'locked' ? '2026-12-20T03:00:00Z' : null,
    version: 1,
  };
}

const open: Cycle = {
  id: ID,
  year: 2026,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  frequency: 'quarterly',
  planningDeadline: '2026-01-31',
  status: 'open',
  closedAt: null,
  closedByName: null,
  can: { close: true, reopen: false },
  version: 4,
  periods: [period(1, 'locked'), period(2), period(0)],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const closed: Cycle = {
  ...open,
  status: 'closed',
  closedAt: '2026-12-31T03:00:00Z',
  closedByName: 'Rina BKPSDM',
  can: { close: false, reopen: true },
  version: 5,
  periods: [period(1, 'locked'), period(2, 'locked'), period(0, 'locked')],
};

const person = { employeeId: 'e1', employeeName: 'Bidan Ani', unitId: 'u1', unitName: 'Puskesmas Kemuning' };
const preview: CycleClosePreview = {
  cycleId: ID,
  year: 2026,
  status: 'open',
  version: 4,
  limit: 50,
  counts: {
    plansNotApproved: 1,
    periodicDraftEvaluations: 1,
    annualDraftEvaluations: 0,
    missingPeriodicEvaluations: 2,
    openObjections: 0,
    unlockedPeriods: 2,
  },
  clean: false,
  plansNotApproved: [
    { planId: 'w1', ...person, status: 'submitted', startDate: '2026-01-01', endDate: null },
  ],
  draftEvaluations: [
    {
      evaluationId: 'ev1',
      ...person,
      employeeName: 'Siti Perawat',
      periodId: 'p2',
      periodLabel: 'Triwulan 2 2026',
      kind: 'periodic',
    },
  ],
  missingPeriodicEvaluations: [
    { planId: 'w2', ...person, employeeName: 'Siti Perawat', periodId: 'p2', periodLabel: 'Triwulan 2 2026' },
  ],
  openObjections: [],
  unlockedPeriods: [
    { id: 'p2', label: 'Triwulan 2 2026', kind: 'periodic' },
    { id: 'p0', label: 'Tahunan 2026', kind: 'annual' },
  ],
};

const page = [{ path: '/admin/cycles/:id', element: <CyclePage /> }];

describe('CyclePage: closing the year', () => {
  it('when HR opens "Tutup Tahun Kinerja", then the preview shows what is open with a warning, and confirming closes the cycle', async () => {
    const result: CycleCloseResult = { cycle: closed, openAtClose: preview.counts, lockedPeriods: 2 };
    const calls = mockApi([
      sessionRoute(sessionFor(['hr_admin'])),
      { path: `/cycles/${ID}`, body: open },
      { path: `/cycles/${ID}/close-preview`, body: preview },
      { method: 'POST', path: `/cycles/${ID}/close`, body: result },
    ]);
    renderRoutes(page, `/admin/cycles/${ID}`);
    fireEvent.click(await screen.findByTestId('cycle-close', {}, { timeout: 5000 }));

    expect(await screen.findByTestId('close-warning')).toBeTruthy();
    expect(within(screen.getByTestId('close-count-plansNotApproved')).getByText('1')).toBeTruthy();
    expect(within(screen.getByTestId('close-count-missingPeriodicEvaluations')).getByText('2')).toBeTruthy();
    expect(screen.getByTestId('close-list-plans').textContent).toContain('Bidan Ani — Puskesmas Kemuning');
    expect(screen.getByTestId('close-list-drafts').textContent).toContain(
      'Siti Perawat — Puskesmas Kemuning',
    );
    expect(screen.queryByTestId('close-list-objections')).toBeNull();

    fireEvent.change(screen.getByTestId('close-note'), { target: { value: 'Akhir tahun' } });
    fireEvent.click(screen.getByTestId('close-confirm'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 4, note: 'Akhir tahun' });
    expect(await screen.findByText('Tahun kinerja 2026 ditutup; 2 periode dikunci.')).toBeTruthy();
  });

  it('when the close is refused, then the dialog shows the server message', async () => {
    mockApi([
      sessionRoute(sessionFor(['hr_admin'])),
      { path: `/cycles/${ID}`, body: open },
      {
        path: `/cycles/${ID}/close-preview`,
        body: { ...preview, counts: { ...preview.counts }, clean: false },
      },
      {
        method: 'POST',
        path: `/cycles/${ID}/close`,
        status: 409,
        body: {
          error: {
            code: 'INVALID_TRANSITION',
            message: 'Tahun kinerja 2026 sudah ditutup.',
            details: { reason: 'cycle_closed' },
            requestId: 't',
          },
        },
      },
    ]);
    renderRoutes(page, `/admin/cycles/${ID}`);
    fireEvent.click(await screen.findByTestId('cycle-close', {}, { timeout: 5000 }));
    fireEvent.click(await screen.findByTestId('close-confirm'));
    expect((await screen.findByTestId('close-error')).textContent).toContain(
      'Tahun kinerja 2026 sudah ditutup.',
    );
  });

  it('when the cycle is closed, then it shows "Ditutup" with who closed it, the periods are read-only, and there is no close action', async () => {
    mockApi([sessionRoute(sessionFor(['hr_admin'])), { path: `/cycles/${ID}`, body: closed }]);
    renderRoutes(page, `/admin/cycles/${ID}`);
    expect((await screen.findByTestId('cycle-closed-badge', {}, { timeout: 5000 })).textContent).toBe(
      'Ditutup',
    );
    expect(screen.getByTestId('cycle-closed').textContent).toContain('Rina BKPSDM');
    expect(screen.queryByTestId('cycle-close')).toBeNull();
    expect(screen.queryByTestId('period-unlock')).toBeNull();
    expect(screen.queryByTestId('period-lock')).toBeNull();
    expect((screen.getByTestId('cycle-deadline-input') as HTMLInputElement).disabled).toBe(true);
  });

  it('when HR reopens without a reason, then the form refuses it; with a reason, it is sent', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['hr_admin'])),
      { path: `/cycles/${ID}`, body: closed },
      { method: 'POST', path: `/cycles/${ID}/reopen`, body: { ...closed, status: 'open', version: 6 } },
    ]);
    renderRoutes(page, `/admin/cycles/${ID}`);
    fireEvent.click(await screen.findByTestId('cycle-reopen', {}, { timeout: 5000 }));
    fireEvent.click(await screen.findByTestId('reopen-confirm'));
    expect(await screen.findByText('Alasan membuka kembali tahun kinerja wajib diisi.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByTestId('reopen-reason'), { target: { value: 'Koreksi keberatan' } });
    fireEvent.click(screen.getByTestId('reopen-confirm'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: 'Koreksi keberatan', version: 5 });
  });

  it('when someone without the right sees the cycle, then there is neither a close nor a reopen action', async () => {
    mockApi([
      sessionRoute(sessionFor(['agency_head'])),
      { path: `/cycles/${ID}`, body: { ...open, can: { close: false, reopen: false } } },
    ]);
    renderRoutes(page, `/admin/cycles/${ID}`);
    expect(await screen.findByTestId('period-list', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('cycle-close')).toBeNull();
    expect(screen.queryByTestId('cycle-reopen')).toBeNull();
  });
});
