import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute, type MockRoute } from '../../../test/utils';
import {
  EMPLOYEE_ID,
  EVALUATION_ID,
  EXTRA_RESULT,
  MAIN_RESULT,
  PERIOD_ID,
  PLAN_ID,
  evaluation,
} from '../test/fixtures';

const common: MockRoute[] = [
  { path: `/work-plans/${PLAN_ID}/progress`, body: { items: [], total: 0 } },
  { path: `/work-plans/${PLAN_ID}/feedback`, body: { items: [] } },
  { path: '/work-plans', body: { items: [], total: 0 } },
  { path: '/employees', body: { items: [], total: 0 } },
  { path: '/notifications', body: { items: [], total: 0, unread: 0 } },
];

const final = evaluation({
  status: 'final',
  resultRatings: [
    { resultId: MAIN_RESULT, rating: 'above', comment: 'Cakupan 98%.' },
    { resultId: EXTRA_RESULT, rating: 'meets', comment: null },
  ],
  resultRating: 'meets',
  suggestedResultRating: 'above',
  reason: 'Laporan posyandu sering terlambat.',
  behaviourRating: 'meets',
  predicate: 'baik',
  predicatePreview: 'baik',
  finalizedAt: '2026-04-10T03:00:00Z',
  finalizedBy: { userId: 'u-2', name: 'dr. Hendra Gunawan' },
  objectionDeadline: '2999-04-24',
  can: { edit: false, finalize: false, reopen: false, acknowledge: true, object: true },
});

describe('the evaluation pages', () => {
  it('when the employee opens a final evaluation, then the predicate is explained and can be acknowledged', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)),
      ...common,
      { path: `/evaluations/${EVALUATION_ID}`, body: final },
      {
        method: 'POST',
        path: `/evaluations/${EVALUATION_ID}/acknowledge`,
        body: {
          ...final,
          acknowledgedAt: '2026-04-11T02:30:00Z',
          can: { ...final.can, acknowledge: false },
        },
      },
    ]);
    renderRoutes(routes, `/evaluations/${EVALUATION_ID}`);

    const predicate = await screen.findByTestId('evaluation-predicate', {}, { timeout: 5000 });
    expect(predicate.textContent).toContain('Baik');
    expect(screen.getByTestId('predicate-cell-meets-meets').getAttribute('aria-current')).toBe('true');
    expect(screen.getByTestId('evaluation-departure-reason').textContent).toBe(
      'Laporan posyandu sering terlambat.',
    );
    expect(screen.getByTestId('evaluation-finalized-by').textContent).toContain('10 April 2026');
    expect(screen.getByTestId('objection-deadline').textContent).toContain('24 April 2999');
    expect(screen.getByTestId('objection-reason')).toBeTruthy();
    expect(screen.getByTestId('evaluation-document-link').getAttribute('href')).toBe(
      `/api/v1/evaluations/${EVALUATION_ID}/document.pdf`,
    );

    fireEvent.click(screen.getByTestId('evaluation-acknowledge'));
    const done = await screen.findByTestId('evaluation-acknowledged');
    expect(done.textContent).toContain('11 April 2026');
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/acknowledge'))).toBe(true);
  });

  it('when the assessor starts an evaluation from Evaluasi Tim, then it is created for the plan and period', async () => {
    const cycle = {
      id: 'c-1',
      year: 2026,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      frequency: 'quarterly',
      planningDeadline: null,
      version: 1,
      periods: [
        {
          id: PERIOD_ID,
          cycleId: 'c-1',
          kind: 'periodic',
          index: 1,
          label: 'Triwulan I 2026',
          startDate: '2026-01-01',
          endDate: '2026-03-31',
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
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], 'assessor-1')),
      ...common,
      { path: '/cycles', body: { items: [cycle], total: 1 } },
      { path: '/cycles/current', body: cycle },
      {
        path: '/evaluations/team',
        body: {
          items: [
            {
              workPlanId: PLAN_ID,
              employee: {
                id: EMPLOYEE_ID,
                name: 'Siti Nurhaliza, A.Md.Kep.',
                nip: '199407112017082002',
                positionTitle: 'Perawat',
                unitName: 'Puskesmas Kemuning',
              },
              evaluation: null,
            },
          ],
        },
      },
      { method: 'POST', path: '/evaluations', status: 201, body: evaluation() },
      { path: `/evaluations/${EVALUATION_ID}`, body: evaluation() },
    ]);
    renderRoutes(routes, '/evaluations/team');

    const row = await screen.findByTestId(`team-evaluation-row-${EMPLOYEE_ID}`, {}, { timeout: 5000 });
    expect(row.textContent).toContain('Belum dimulai');
    expect(calls.find((c) => c.url.includes('/evaluations/team'))?.url).toContain(`periodId=${PERIOD_ID}`);
    fireEvent.click(screen.getByTestId(`team-evaluation-start-${EMPLOYEE_ID}`));
    await screen.findByTestId('evaluation-editor', {}, { timeout: 5000 });
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/evaluations'))?.body).toEqual({
        workPlanId: PLAN_ID,
        periodId: PERIOD_ID,
      }),
    );
  });
});
