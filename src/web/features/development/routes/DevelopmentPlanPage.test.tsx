import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute, type MockRoute } from '../../../test/utils';
import type { DevelopmentPlanDetail } from '../api/get-development-plan';

const PLAN_ID = '11111111-1111-4111-8111-111111111111';
const EMPLOYEE_ID = '22222222-2222-4222-8222-222222222222';
const ASSESSOR_ID = '33333333-3333-4333-8333-333333333333';
const TRAINING_ID = '44444444-4444-4444-8444-444444444444';

const common: MockRoute[] = [{ path: '/notifications', body: { items: [], total: 0, unread: 0 } }];

function plan(over: Partial<DevelopmentPlanDetail> = {}): DevelopmentPlanDetail {
  return {
    id: PLAN_ID,
    employeeId: EMPLOYEE_ID,
    evaluationId: '55555555-5555-4555-8555-555555555555',
    periodId: '66666666-6666-4666-8666-666666666666',
    periodLabel: 'Triwulan II 2026',
    source: 'evaluation',
    predicate: 'butuh_perbaikan',
    status: 'open',
    focusAreas: [
      {
        kind: 'result',
        resultId: '77777777-7777-4777-8777-777777777777',
        value: null,
        text: 'Pelayanan loket Puskesmas',
        rating: 'below',
        categories: ['effectiveness'],
        notes: ['Antrean pagi terlalu panjang'],
      },
    ],
    note: null,
    createdAt: '2026-07-05T03:00:00Z',
    version: 3,
    assessorId: ASSESSOR_ID,
    agreedByEmployeeAt: null,
    agreedByAssessorAt: null,
    progress: { total: 1, completed: 0, planned: 1, overdue: 0, cancelled: 0, hours: 4, completedHours: 0 },
    items: [
      {
        id: '88888888-8888-4888-8888-888888888888',
        planId: PLAN_ID,
        trainingId: null,
        title: 'Coaching pelayanan loket',
        provider: null,
        mode: 'coaching',
        hours: 4,
        dueDate: '2026-12-20',
        successCriteria: 'Antrean di bawah 15 menit',
        status: 'planned',
        completedAt: null,
        completionNote: null,
        evidence: null,
        overdue: false,
        createdAt: '2026-07-06T03:00:00Z',
        version: 1,
      },
    ],
    employeeName: 'Siti Perawat',
    assessorName: 'dr. Kepala Puskesmas',
    agreedByAssessorName: null,
    period: {
      id: '66666666-6666-4666-8666-666666666666',
      label: 'Triwulan II 2026',
      kind: 'periodic',
      startDate: '2026-04-01',
      endDate: '2026-06-30',
    },
    recommendations: [
      {
        trainingId: TRAINING_ID,
        title: 'Pelayanan Prima bagi Petugas Loket Puskesmas',
        provider: 'BKPSDM Kemuning',
        mode: 'classroom',
        hours: 16,
        score: 2,
        reasons: [
          'Memperkuat aspek efektivitas pada RHK “Pelayanan loket Puskesmas”, yang dinilai di bawah ekspektasi.',
        ],
        reasonCodes: [
          {
            code: 'category_result',
            params: { competence: 'effectiveness', label: 'efektivitas', area: 'Pelayanan loket Puskesmas' },
          },
        ],
      },
    ],
    can: { addItem: true, agreeAsEmployee: true, agreeAsAssessor: false, complete: true, cancelItems: true },
    updatedAt: '2026-07-06T03:00:00Z',
    ...over,
  };
}

describe('the development plan page', () => {
  it('when the employee opens her plan, then she sees the focus areas, the recommended programme with why, the items and her agree button', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)),
      ...common,
      { path: `/development-plans/${PLAN_ID}`, body: plan() },
      {
        method: 'POST',
        path: `/development-plans/${PLAN_ID}/agree`,
        body: plan({ agreedByEmployeeAt: '2026-11-29T03:00:00Z' }),
      },
    ]);
    renderRoutes(routes, `/development-plans/${PLAN_ID}`);

    const rec = await screen.findByTestId(`recommendation-${TRAINING_ID}`, {}, { timeout: 15000 });
    expect(rec.textContent).toContain('Pelayanan Prima bagi Petugas Loket Puskesmas');
    expect(within(rec).getByTestId('recommendation-reasons').textContent).toBe(
      'Memperkuat aspek efektivitas pada RHK “Pelayanan loket Puskesmas”, yang dinilai di bawah ekspektasi.',
    );
    expect(screen.getByTestId('focus-areas').textContent).toContain('Antrean pagi terlalu panjang');
    expect(screen.getByTestId('plan-status').textContent).toBe('Berjalan');
    expect(screen.getByTestId('agreement-employee').textContent).toContain('belum menyetujui');
    expect(within(screen.getByTestId('development-items')).getByTestId('item-status').textContent).toBe(
      'Direncanakan',
    );
    fireEvent.click(screen.getByTestId('agree-employee'));
    await waitFor(() =>
      expect(
        calls.some((c) => c.method === 'POST' && c.url.endsWith(`/development-plans/${PLAN_ID}/agree`)),
      ).toBe(true),
    );
    expect(calls.find((c) => c.url.endsWith('/agree'))?.body).toEqual({ version: 3 });
  });

  it('when a plan both agreed gets a new item, then the form says the agreements will be cleared and sends the catalogue item', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], ASSESSOR_ID)),
      ...common,
      {
        path: `/development-plans/${PLAN_ID}`,
        body: plan({
          agreedByEmployeeAt: '2026-11-20T03:00:00Z',
          agreedByAssessorAt: '2026-11-21T03:00:00Z',
          agreedByAssessorName: 'dr. Kepala Puskesmas',
          can: {
            addItem: true,
            agreeAsEmployee: false,
            agreeAsAssessor: false,
            complete: false,
            cancelItems: true,
          },
        }),
      },
      { method: 'POST', path: `/development-plans/${PLAN_ID}/items`, status: 201, body: plan().items[0] },
    ]);
    renderRoutes(routes, `/development-plans/${PLAN_ID}`);

    fireEvent.click(await screen.findByTestId('recommendation-add', {}, { timeout: 5000 }));
    expect((await screen.findByTestId('add-item-clears')).textContent).toContain('menghapus persetujuan');
    fireEvent.change(screen.getByTestId('add-item-due'), { target: { value: '2027-03-31' } });
    fireEvent.change(screen.getByTestId('add-item-criteria'), { target: { value: 'Sertifikat kelulusan' } });
    fireEvent.click(screen.getByTestId('add-item-submit'));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/items'))).toBe(true),
    );
    expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/items'))?.body).toEqual({
      trainingId: TRAINING_ID,
      dueDate: '2027-03-31',
      successCriteria: 'Sertifikat kelulusan',
    });
    expect(screen.queryByTestId('item-complete')).toBeNull();
  });

  it('when the plan is done, then it shows completed items with their certificate and no actions', async () => {
    const item = plan().items[0]!;
    mockApi([
      sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)),
      ...common,
      {
        path: `/development-plans/${PLAN_ID}`,
        body: plan({
          status: 'done',
          recommendations: [],
          agreedByEmployeeAt: '2026-11-20T03:00:00Z',
          agreedByAssessorAt: '2026-11-21T03:00:00Z',
          progress: {
            total: 1,
            completed: 1,
            planned: 0,
            overdue: 0,
            cancelled: 0,
            hours: 4,
            completedHours: 4,
          },
          items: [
            {
              ...item,
              status: 'completed',
              completedAt: '2026-11-25T03:00:00Z',
              evidence: {
                filename: 'sertifikat.pdf',
                contentType: 'application/pdf',
                sizeBytes: 100,
                sha256: null,
                downloadUrl: `/api/v1/development-plan-items/${item.id}/certificate`,
              },
            },
          ],
          can: {
            addItem: false,
            agreeAsEmployee: false,
            agreeAsAssessor: false,
            complete: false,
            cancelItems: false,
          },
        }),
      },
    ]);
    renderRoutes(routes, `/development-plans/${PLAN_ID}`);

    expect((await screen.findByTestId('plan-status', {}, { timeout: 5000 })).textContent).toBe('Selesai');
    expect(screen.getByTestId('item-certificate').getAttribute('href')).toBe(
      `/api/v1/development-plan-items/${item.id}/certificate`,
    );
    expect(screen.getByTestId('plan-progress').textContent).toContain('1 dari 1 kegiatan selesai · 4 JP');
    expect(screen.queryByTestId('recommendations')).toBeNull();
    expect(screen.queryByTestId('add-item')).toBeNull();
    expect(screen.queryByTestId('agree-employee')).toBeNull();
  });

  it('when the plan is not found, then the 404 page shows', async () => {
    mockApi([sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)), ...common]);
    renderRoutes(routes, `/development-plans/${PLAN_ID}`);
    expect(await screen.findByTestId('not-found-page', {}, { timeout: 5000 })).toBeTruthy();
  });
});
