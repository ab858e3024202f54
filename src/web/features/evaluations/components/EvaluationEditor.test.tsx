import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute, type MockRoute } from '../../../test/utils';
import type { EvaluationView } from '../types';
import { AUTOSAVE_MS } from './use-evaluation-editor';
import { ASSESSOR_ID, EVALUATION_ID, EXTRA_RESULT, MAIN_RESULT, PLAN_ID, evaluation } from '../test/fixtures';

function routesFor(view: EvaluationView, extra: MockRoute[] = []): MockRoute[] {
  return [
    sessionRoute(sessionFor(['employee'], ASSESSOR_ID)),
    ...extra,
    { path: `/evaluations/${EVALUATION_ID}`, body: view },
    { path: `/work-plans/${PLAN_ID}/progress`, body: { items: [], total: 0 } },
    { path: `/work-plans/${PLAN_ID}/feedback`, body: { items: [] } },
    { path: '/work-plans', body: { items: [], total: 0 } },
    { path: '/employees', body: { items: [], total: 0 } },
    { path: '/notifications', body: { items: [], total: 0, unread: 0 } },
  ];
}

describe('the evaluation editor', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when a rating changes, then the draft saves on its own after a quiet time, not before', async () => {
    const calls = mockApi(
      routesFor(evaluation(), [
        {
          method: 'PUT',
          path: `/evaluations/${EVALUATION_ID}`,
          body: evaluation({
            version: 4,
            resultRatings: [{ resultId: MAIN_RESULT, rating: 'meets', comment: null }],
          }),
        },
      ]),
    );
    renderRoutes(routes, `/evaluations/${EVALUATION_ID}`);
    await screen.findByTestId('evaluation-editor', {}, { timeout: 5000 });
    const puts = () => calls.filter((c) => c.method === 'PUT');

    vi.useFakeTimers();
    fireEvent.click(screen.getByTestId(`evaluation-result-rating-${MAIN_RESULT}-meets`));
    expect(screen.getByTestId('evaluation-save-status').textContent).toBe(
      'Ada perubahan yang belum disimpan',
    );
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 100));
    // another change restarts the quiet time
    fireEvent.change(screen.getByTestId('evaluation-strengths'), { target: { value: 'Teliti' } });
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 100));
    expect(puts()).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(100));
    vi.useRealTimers();

    await waitFor(() => expect(puts()).toHaveLength(1));
    expect(puts()[0]?.body).toMatchObject({
      version: 3,
      strengths: 'Teliti',
      resultRatings: [{ resultId: MAIN_RESULT, rating: 'meets', comment: null }],
    });
    await waitFor(() => expect(screen.getByTestId('evaluation-save-status').textContent).toBe('Tersimpan'));
  });

  it('when the overall result rating departs from the suggestion, then a required Alasan field shows', async () => {
    mockApi(routesFor(evaluation()));
    renderRoutes(routes, `/evaluations/${EVALUATION_ID}`);

    await screen.findByTestId('evaluation-editor', {}, { timeout: 5000 });
    expect(screen.queryByTestId('evaluation-reason')).toBeNull();

    // both results above → suggested above ("most_above"), and the overall rating follows it
    fireEvent.click(screen.getByTestId(`evaluation-result-rating-${MAIN_RESULT}-above`));
    fireEvent.click(screen.getByTestId(`evaluation-result-rating-${EXTRA_RESULT}-above`));
    await waitFor(() =>
      expect(screen.getByTestId('evaluation-suggestion-reason').getAttribute('data-reason')).toBe(
        'most_above',
      ),
    );
    expect(screen.getByTestId('evaluation-suggestion-counts').textContent).toContain('2 RHK dinilai');
    expect(screen.getByTestId('evaluation-overall-result-above').getAttribute('aria-checked')).toBe('true');
    expect(screen.queryByTestId('evaluation-reason')).toBeNull();

    // the assessor departs from it
    fireEvent.click(screen.getByTestId('evaluation-overall-result-meets'));
    const reason = await screen.findByTestId('evaluation-reason');
    expect(reason.hasAttribute('required')).toBe(true);
    expect(screen.getByText(/berbeda dari saran \(Di Atas Ekspektasi\)/)).toBeTruthy();

    // back to the suggestion: no reason needed
    fireEvent.click(screen.getByTestId('evaluation-overall-result-above'));
    await waitFor(() => expect(screen.queryByTestId('evaluation-reason')).toBeNull());
  });

  it('when finalising answers 409 with violations, then a modal lists them and re-submits with a justification', async () => {
    const ready = evaluation({
      resultRatings: [
        { resultId: MAIN_RESULT, rating: 'above', comment: null },
        { resultId: EXTRA_RESULT, rating: 'above', comment: null },
      ],
      resultRating: 'above',
      suggestedResultRating: 'above',
      behaviourRating: 'above',
      predicatePreview: 'sangat_baik',
    });
    const calls = mockApi(
      routesFor(ready, [
        {
          method: 'POST',
          path: `/evaluations/${EVALUATION_ID}/finalize`,
          status: 409,
          body: {
            error: {
              code: 'CONFLICT',
              message: 'Pola distribusi tidak terpenuhi.',
              details: {
                violations: [{ rule: 'max', predicates: ['sangat_baik'], limit: 1, actual: 2 }],
              },
              requestId: 't',
            },
          },
        },
      ]),
    );
    renderRoutes(routes, `/evaluations/${EVALUATION_ID}`);

    fireEvent.click(await screen.findByTestId('evaluation-finalize', {}, { timeout: 5000 }));
    // a summary to confirm first: nothing is sent on one tap
    const summary = await screen.findByTestId('confirm-finalize');
    expect(summary.textContent).toContain('Sangat Baik');
    expect(summary.textContent).toContain('Di Atas Ekspektasi');
    expect(calls.filter((c) => c.url.endsWith('/finalize'))).toHaveLength(0);
    fireEvent.click(screen.getByTestId('confirm-finalize-confirm'));

    const modal = await screen.findByTestId('finalize-violations');
    const items = within(modal).getAllByTestId('distribution-violation');
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toBe('Paling banyak 1 pegawai berpredikat Sangat Baik; akan menjadi 2.');
    const first = calls.filter((c) => c.url.endsWith('/finalize'));
    expect(first).toHaveLength(1);
    expect(first[0]?.body).toEqual({ version: 3 });

    // the justification is required
    fireEvent.click(screen.getByTestId('finalize-confirm'));
    expect(await screen.findByText('Wajib diisi.')).toBeTruthy();
    expect(calls.filter((c) => c.url.endsWith('/finalize'))).toHaveLength(1);

    fireEvent.change(screen.getByTestId('finalize-justification'), {
      target: { value: 'Dua pegawai melampaui target utama secara luar biasa.' },
    });
    fireEvent.click(screen.getByTestId('finalize-confirm'));
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/finalize'))).toHaveLength(2));
    expect(calls.filter((c) => c.url.endsWith('/finalize'))[1]?.body).toEqual({
      version: 3,
      justification: 'Dua pegawai melampaui target utama secara luar biasa.',
    });
    // no save was needed: nothing had changed
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('when finalising answers 409 INVALID_TRANSITION, then the missing parts are named', async () => {
    const ready = evaluation({
      resultRatings: [{ resultId: MAIN_RESULT, rating: 'meets', comment: null }],
      resultRating: 'meets',
      suggestedResultRating: 'meets',
      behaviourRating: 'meets',
    });
    mockApi(
      routesFor(ready, [
        {
          method: 'POST',
          path: `/evaluations/${EVALUATION_ID}/finalize`,
          status: 409,
          body: {
            error: {
              code: 'INVALID_TRANSITION',
              message: 'Belum lengkap.',
              details: { missing: ['behaviourRating'] },
              requestId: 't',
            },
          },
        },
      ]),
    );
    renderRoutes(routes, `/evaluations/${EVALUATION_ID}`);
    fireEvent.click(await screen.findByTestId('evaluation-finalize', {}, { timeout: 5000 }));
    fireEvent.click(await screen.findByTestId('confirm-finalize-confirm'));
    const missing = await screen.findByTestId('evaluation-missing');
    expect(missing.textContent).toContain('Rating Perilaku Kerja');
  });

  it('when the leader rule binds a unit head, then the result rating is the mapped one and cannot be picked', async () => {
    const head = evaluation({
      leaderRule: {
        mode: 'binding',
        unitId: 'u-1',
        unitName: 'Puskesmas Kemuning',
        orgPredicate: 'baik',
        rating: 'meets',
      },
      resultRating: 'meets',
    });
    mockApi(routesFor(head));
    renderRoutes(routes, `/evaluations/${EVALUATION_ID}`);
    const notice = await screen.findByTestId('evaluation-leader-rule', {}, { timeout: 5000 });
    expect(notice.textContent).toContain('Capaian Kinerja Organisasi Puskesmas Kemuning: Baik');
    expect(notice.textContent).toContain('Sesuai Ekspektasi');
    const above = screen.getByTestId('evaluation-overall-result-above') as HTMLInputElement;
    expect(above.disabled).toBe(true);
  });

  it('when the period ends later, then finalising is not offered and the day it opens is shown', async () => {
    mockApi(
      routesFor(evaluation({ finalizableFrom: '2999-12-26', can: { ...evaluation().can, finalize: false } })),
    );
    renderRoutes(routes, `/evaluations/${EVALUATION_ID}`);
    const hint = await screen.findByTestId('evaluation-finalize-hint', {}, { timeout: 5000 });
    expect(hint.textContent).toContain('Finalisasi dapat dilakukan mulai 26 Desember 2999');
    expect(screen.queryByTestId('evaluation-finalize')).toBeNull();
  });

  describe('when someone else saved first (409 on save)', () => {
    const stale = {
      error: { code: 'CONFLICT', message: 'Data telah diubah.', details: null, requestId: 't' },
    };
    const setup = () => {
      const get: MockRoute = { path: `/evaluations/${EVALUATION_ID}`, body: evaluation() };
      const put: MockRoute = {
        method: 'PUT',
        path: `/evaluations/${EVALUATION_ID}`,
        status: 409,
        body: stale,
      };
      const calls = mockApi([get, put, ...routesFor(evaluation())]);
      renderRoutes(routes, `/evaluations/${EVALUATION_ID}`);
      return { get, put, calls };
    };

    it('then both versions show beside the field that differs, it is focused, and the typing is kept', async () => {
      const { get, put, calls } = setup();
      fireEvent.change(await screen.findByTestId('evaluation-strengths', {}, { timeout: 5000 }), {
        target: { value: 'Teliti' },
      });
      // the other tab's save: version 5 with other strengths and a rating
      get.body = evaluation({
        version: 5,
        strengths: 'Disiplin',
        resultRatings: [{ resultId: MAIN_RESULT, rating: 'meets', comment: null }],
      });
      fireEvent.click(screen.getByTestId('evaluation-save'));

      const slot = await screen.findByTestId('evaluation-conflict-slot');
      // the first differing field in the editor's order is the RHK rated in the other version
      expect(slot.getAttribute('data-field')).toBe(`result:${MAIN_RESULT}`);
      const mine = within(screen.getByTestId('evaluation-conflict-mine'));
      const theirs = within(screen.getByTestId('evaluation-conflict-theirs'));
      expect(screen.getByText('Versi Anda')).toBeTruthy();
      expect(screen.getByText('Versi tersimpan')).toBeTruthy();
      expect(mine.getByText('Teliti')).toBeTruthy();
      expect(theirs.getByText('Disiplin')).toBeTruthy();
      const theirResult = screen
        .getByTestId('evaluation-conflict-theirs')
        .querySelector(`[data-field="result:${MAIN_RESULT}"]`);
      expect(theirResult?.textContent).toContain('Sesuai Ekspektasi');
      expect(
        screen.getByTestId('evaluation-conflict-mine').querySelector(`[data-field="result:${MAIN_RESULT}"]`)
          ?.textContent,
      ).toContain('—');
      expect((screen.getByTestId('evaluation-strengths') as HTMLTextAreaElement).value).toBe('Teliti');
      expect(screen.getByTestId('evaluation-save')).toHaveProperty('disabled', true);

      // "Pakai versi saya": saved again over version 5, with the typing
      put.status = 200;
      put.body = evaluation({ version: 6, strengths: 'Teliti' });
      fireEvent.click(screen.getByTestId('evaluation-conflict-keep-mine'));
      await waitFor(() => expect(screen.queryByTestId('evaluation-conflict')).toBeNull());
      const puts = calls.filter((c) => c.method === 'PUT');
      expect(puts).toHaveLength(2);
      expect(puts[1]?.body).toMatchObject({ version: 5, strengths: 'Teliti', resultRatings: [] });
      await waitFor(() => expect(screen.getByTestId('evaluation-save-status').textContent).toBe('Tersimpan'));
    });

    it('then a differing text field gets the view and the focus; "Pakai versi tersimpan" loads theirs', async () => {
      const { get } = setup();
      const field = await screen.findByTestId('evaluation-improvements', {}, { timeout: 5000 });
      fireEvent.change(field, { target: { value: 'Ketepatan waktu' } });
      get.body = evaluation({ version: 5, improvements: 'Dokumentasi' });
      fireEvent.click(screen.getByTestId('evaluation-save'));

      const slot = await screen.findByTestId('evaluation-conflict-slot');
      expect(slot.getAttribute('data-field')).toBe('improvements');
      await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('evaluation-improvements')));
      expect(
        within(screen.getByTestId('evaluation-conflict-mine')).getByText('Ketepatan waktu'),
      ).toBeTruthy();

      fireEvent.click(screen.getByTestId('evaluation-conflict-use-theirs'));
      await waitFor(() =>
        expect((screen.getByTestId('evaluation-improvements') as HTMLTextAreaElement).value).toBe(
          'Dokumentasi',
        ),
      );
      expect(screen.queryByTestId('evaluation-conflict')).toBeNull();
    });

    it('when the newer version cannot be loaded, then it asks to reload (the typing stays)', async () => {
      const { get } = setup();
      fireEvent.change(await screen.findByTestId('evaluation-strengths', {}, { timeout: 5000 }), {
        target: { value: 'Teliti' },
      });
      get.status = 500;
      get.body = { error: { code: 'INTERNAL', message: 'x', details: null, requestId: 't' } };
      fireEvent.click(screen.getByTestId('evaluation-save'));
      await screen.findByTestId('evaluation-stale');
      expect((screen.getByTestId('evaluation-strengths') as HTMLTextAreaElement).value).toBe('Teliti');
    });
  });
});
