import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ESCALATION_DECISIONS } from '../../../../domain/evaluations/improvement';
import type { Predicate } from '../../../../domain/evaluations/matrix';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import en from '../../../locales/en.json';
import id from '../../../locales/id.json';
import type { EscalationView } from '../types';
import { EscalationPage } from './EscalationPage';

const ID = '7a1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

const evaluation = (
  evaluationId: string,
  periodLabel: string,
  kind: 'annual' | 'periodic',
  predicate: Predicate,
) => ({
  evaluationId,
  periodLabel,
  periodKind: kind,
  predicate,
  resultRating: 'meets',
  behaviourRating: 'below',
  finalizedAt: '2026-11-29T03:00:00Z',
  assessorName: 'dr. Kepala Puskesmas',
});

const escalation: EscalationView = {
  id: ID,
  status: 'open',
  employeeId: 'e-1',
  employeeName: 'Siti Perawat',
  nip: '199001012015032001',
  asnType: 'PNS',
  positionTitle: 'Perawat Terampil',
  unitId: 'u-1',
  unitName: 'Puskesmas Kemuning',
  evaluationId: 'ev-2',
  improvementPeriod: {
    id: 'p-1',
    evaluationId: 'ev-1',
    startDate: '2026-11-30',
    endDate: '2027-05-29',
    status: 'escalated',
    developmentPlanId: 'dp-1',
  },
  history: {
    opening: evaluation('ev-1', 'Tahunan 2026', 'annual', 'kurang'),
    further: evaluation('ev-2', 'Triwulan 1 2027', 'periodic', 'sangat_kurang'),
    improvementPeriod: { id: 'p-1', startDate: '2026-11-30', endDate: '2027-05-29' },
    developmentPlans: [
      {
        id: 'dp-1',
        source: 'evaluation',
        periodLabel: 'Tahunan 2026',
        predicate: 'kurang',
        status: 'open',
        createdAt: '2026-11-29T03:00:00Z',
        items: { planned: 2, completed: 1, cancelled: 0 },
        agreedByEmployeeAt: null,
        agreedByAssessorAt: null,
      },
    ],
    earlierEscalations: [],
  },
  decision: null,
  note: null,
  decidedAt: null,
  decidedByName: null,
  createdAt: '2027-04-02T03:00:00Z',
  version: 1,
  can: { decide: true },
};

const page = [{ path: '/escalations/:id', element: <EscalationPage /> }];

describe('EscalationPage', () => {
  it('shows the history: the opening and the further evaluation, the period and its plan', async () => {
    mockApi([sessionRoute(sessionFor(['agency_head'])), { path: `/escalations/${ID}`, body: escalation }]);
    renderRoutes(page, `/escalations/${ID}`);
    expect(await screen.findByTestId('escalation-history', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId('escalation-opening').textContent).toContain('Tahunan 2026');
    expect(screen.getByTestId('escalation-further').textContent).toContain('Triwulan 1 2027');
    expect(screen.getByTestId('escalation-period-dates').textContent).toContain('30 November 2026');
    expect(screen.getByTestId('escalation-plans').textContent).toContain('1 dari 3');
  });

  it('when the agency head decides without a note, then the note is required; with one, the decision is confirmed and sent', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['agency_head'])),
      { path: `/escalations/${ID}`, body: escalation },
      {
        method: 'POST',
        path: `/escalations/${ID}/decide`,
        body: {
          ...escalation,
          status: 'decided',
          decision: 'further_development',
          note: 'Coaching tiga bulan.',
          decidedAt: '2027-04-05T03:00:00Z',
          decidedByName: 'Bupati Kemuning',
          can: { decide: false },
        },
      },
    ]);
    renderRoutes(page, `/escalations/${ID}`);
    fireEvent.click(
      await screen.findByTestId('escalation-decision-further_development', {}, { timeout: 5000 }),
    );
    fireEvent.click(screen.getByTestId('escalation-decide-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('escalation-decide-form').textContent).toContain('Wajib diisi.'),
    );
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByTestId('escalation-decide-note'), {
      target: { value: 'Coaching tiga bulan.' },
    });
    fireEvent.click(screen.getByTestId('escalation-decide-submit'));
    fireEvent.click(await screen.findByTestId('confirm-escalation-confirm'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ decision: 'further_development', note: 'Coaching tiga bulan.', version: 1 });
    expect(await screen.findByTestId('escalation-decision')).toBeTruthy();
  });

  it('when HR reads it, then there is no decision form', async () => {
    mockApi([
      sessionRoute(sessionFor(['hr_admin'])),
      { path: `/escalations/${ID}`, body: { ...escalation, can: { decide: false } } },
    ]);
    renderRoutes(page, `/escalations/${ID}`);
    expect(await screen.findByTestId('escalation-readonly', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('escalation-decide-form')).toBeNull();
  });

  it('has a label and a hint for every decision in both languages', () => {
    for (const locale of [id, en] as unknown as Array<{
      escalations: { decisions: Record<string, string>; decisionHints: Record<string, string> };
    }>)
      for (const d of ESCALATION_DECISIONS) {
        expect(locale.escalations.decisions[d]).toBeTruthy();
        expect(locale.escalations.decisionHints[d]).toBeTruthy();
      }
  });
});
