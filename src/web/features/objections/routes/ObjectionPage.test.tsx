import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ObjectionView } from '../../../../domain/evaluations/view';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import { ObjectionPage } from './ObjectionPage';

const ID = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

const objection: ObjectionView = {
  id: ID,
  evaluationId: 'ev-1',
  employeeId: 'e-1',
  employeeName: 'Ani Lestari',
  periodLabel: 'Tahunan 2026',
  deciderId: 'e-9',
  deciderName: 'Kepala Dinas',
  reason: 'Capaian imunisasi 120% tidak diperhitungkan.',
  status: 'filed',
  explanationRequest: null,
  explanationsRequestedAt: null,
  employeeExplanation: null,
  employeeExplainedAt: null,
  assessorExplanation: null,
  assessorExplainedAt: null,
  outcome: null,
  note: null,
  before: { resultRating: 'above', behaviourRating: 'meets', predicate: 'baik' },
  after: null,
  filedAt: '2026-12-20T02:00:00Z',
  decisionDueOn: '2027-01-03',
  explanationsDueOn: '2026-12-29',
  readyToDecide: true,
  awaiting: [],
  decidedAt: null,
  decidedByName: null,
  can: {
    requestExplanations: true,
    explainAsEmployee: false,
    explainAsAssessor: false,
    decide: true,
  },
  version: 1,
};

const page = [{ path: '/objections/:id', element: <ObjectionPage /> }];

describe('ObjectionPage decision form', () => {
  it('when changing the result, then the recomputed predicate is shown and a note is required', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], 'e-9')),
      { path: `/objections/${ID}`, body: objection },
      {
        method: 'POST',
        path: `/objections/${ID}/decide`,
        body: {
          objection: {
            ...objection,
            status: 'decided',
            outcome: 'changed',
            note: 'Capaian terbukti.',
            after: { resultRating: 'above', behaviourRating: 'above', predicate: 'sangat_baik' },
            decidedAt: '2026-12-28T02:00:00Z',
            decidedByName: 'Kepala Dinas',
          },
          evaluation: {},
        },
      },
    ]);
    renderRoutes(page, `/objections/${ID}`);
    expect(await screen.findByTestId('objection-reason', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId('objection-evaluation-link').getAttribute('href')).toBe('/evaluations/ev-1');

    fireEvent.click(screen.getByTestId('objection-decide-outcome-changed'));
    // pre-filled with the ratings objected to: above × meets = Baik
    expect((await screen.findByTestId('objection-decide-predicate')).getAttribute('data-predicate')).toBe(
      'baik',
    );
    fireEvent.click(screen.getByTestId('objection-decide-behaviour-above'));
    await waitFor(() =>
      expect(screen.getByTestId('objection-decide-predicate').getAttribute('data-predicate')).toBe(
        'sangat_baik',
      ),
    );
    fireEvent.click(screen.getByTestId('objection-decide-result-below'));
    await waitFor(() =>
      expect(screen.getByTestId('objection-decide-predicate').getAttribute('data-predicate')).toBe(
        'butuh_perbaikan',
      ),
    );
    expect(screen.getByTestId('objection-decide-preview').textContent).toContain('Butuh Perbaikan');
    fireEvent.click(screen.getByTestId('objection-decide-result-above'));

    // no note: refused in place, nothing sent
    fireEvent.click(screen.getByTestId('objection-decide-submit'));
    expect(await screen.findByText('Wajib diisi.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByTestId('objection-decide-note'), { target: { value: 'Capaian terbukti.' } });
    fireEvent.click(screen.getByTestId('objection-decide-submit'));
    // a summary first (the decision is final): the outcome and the new predicate; nothing sent yet
    const summary = await screen.findByTestId('confirm-decision');
    expect(summary.textContent).toContain('Hasil evaluasi diubah');
    expect(screen.getByTestId('confirm-decision-predicate').getAttribute('data-predicate')).toBe(
      'sangat_baik',
    );
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(screen.getByTestId('confirm-decision-confirm'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`/api/v1/objections/${ID}/decide`);
    expect(post?.body).toEqual({
      outcome: 'changed',
      resultRating: 'above',
      behaviourRating: 'above',
      note: 'Capaian terbukti.',
    });
    expect((await screen.findByTestId('objection-outcome')).textContent).toBe('Hasil evaluasi diubah');
  });

  it('when upholding, then no ratings are sent', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], 'e-9')),
      { path: `/objections/${ID}`, body: objection },
      {
        method: 'POST',
        path: `/objections/${ID}/decide`,
        body: { objection: { ...objection, status: 'decided', outcome: 'upheld' }, evaluation: {} },
      },
    ]);
    renderRoutes(page, `/objections/${ID}`);
    fireEvent.click(await screen.findByTestId('objection-decide-outcome-upheld', {}, { timeout: 5000 }));
    expect(screen.queryByTestId('objection-decide-preview')).toBeNull();
    fireEvent.change(screen.getByTestId('objection-decide-note'), {
      target: { value: 'Penilaian sudah sesuai.' },
    });
    fireEvent.click(screen.getByTestId('objection-decide-submit'));
    fireEvent.click(await screen.findByTestId('confirm-decision-confirm'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      outcome: 'upheld',
      note: 'Penilaian sudah sesuai.',
    });
  });

  it('when the reader is not the decider, then no decision form is shown', async () => {
    mockApi([
      sessionRoute(sessionFor(['employee'], 'e-1')),
      {
        path: `/objections/${ID}`,
        body: {
          ...objection,
          can: {
            requestExplanations: false,
            explainAsEmployee: false,
            explainAsAssessor: false,
            decide: false,
          },
        },
      },
    ]);
    renderRoutes(page, `/objections/${ID}`);
    expect(await screen.findByTestId('objection-reason', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('objection-decide-form')).toBeNull();
    expect(screen.queryByTestId('objection-request-form')).toBeNull();
  });
});

describe('ObjectionPage procedure', () => {
  it('when an explanation is still awaited, then the decider sees whose and until when, and no decision form', async () => {
    mockApi([
      sessionRoute(sessionFor(['employee'], 'e-9')),
      {
        path: `/objections/${ID}`,
        body: {
          ...objection,
          status: 'explanations_requested',
          explanationsRequestedAt: '2026-12-21T02:00:00Z',
          assessorExplanation: 'Sudah sesuai.',
          assessorExplainedAt: '2026-12-22T02:00:00Z',
          readyToDecide: false,
          awaiting: ['employee'],
          can: { ...objection.can, decide: false },
        },
      },
    ]);
    renderRoutes(page, `/objections/${ID}`);
    const notice = await screen.findByTestId('objection-procedure', {}, { timeout: 5000 });
    expect(notice.textContent).toContain('Keputusan paling lambat 3 Januari 2027');
    expect(notice.textContent).toContain('Menunggu penjelasan pegawai sampai 29 Desember 2026');
    expect(screen.queryByTestId('objection-decide-submit')).toBeNull();
  });
});
