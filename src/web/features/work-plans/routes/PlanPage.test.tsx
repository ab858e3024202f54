import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute, type MockRoute } from '../../../test/utils';
import { ASSESSOR_ID, EMPLOYEE_ID, PLAN_ID, RESULT_ID, TEMPLATE_ID, plan, template } from '../test/fixtures';
import type { WorkPlanView } from '../types';

const empty = { items: [], total: 0 };

function planRoutes(view: WorkPlanView, extra: MockRoute[] = []): MockRoute[] {
  return [
    ...extra,
    { path: `/work-plans/${PLAN_ID}`, body: view },
    { path: `/work-plans/${PLAN_ID}/comments`, body: { items: [] } },
    {
      path: `/work-plans/${PLAN_ID}/versions`,
      body: {
        items: [
          {
            id: PLAN_ID,
            revision: 1,
            status: view.status,
            isCurrent: true,
            amendmentReason: null,
            approvedAt: null,
            createdAt: view.createdAt,
          },
        ],
      },
    },
    { path: `/work-plans/${PLAN_ID}/changes`, body: { base: null, target: 'current', changes: [] } },
    // the assessor has no plan in this cycle yet
    { path: `/work-plans/${PLAN_ID}/parent-options`, body: { plan: null } },
    // nobody waits for this user's approval
    { path: '/work-plans', body: empty },
    { path: '/employees', body: empty },
  ];
}

describe('PlanPage (editor)', () => {
  it('when the draft cannot be submitted, then the problems are listed in words and the link waits for the leader', async () => {
    const calls = mockApi([sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)), ...planRoutes(plan())]);
    renderRoutes(routes, `/plans/${PLAN_ID}`);

    const problems = await screen.findByTestId('submit-problems', {}, { timeout: 5000 });
    expect(problems.textContent).toContain('Belum dapat diajukan — 2 hal perlu dilengkapi');
    expect(problems.textContent).toContain(
      'RHK "Meningkatnya cakupan imunisasi dasar lengkap di wilayah kerja" belum memiliki indikator.',
    );
    expect(problems.textContent).toContain('belum ditautkan ke RHK Pimpinan yang Diintervensi');
    expect(screen.getByTestId<HTMLButtonElement>('plan-submit').disabled).toBe(true);
    expect(screen.getByTestId('plan-status').textContent).toBe('Draf');

    // the leader's plan does not exist yet: a pending badge and the explanation that drafting may continue
    const badge = await screen.findByTestId('result-link-pending', {}, { timeout: 5000 });
    await waitFor(() => expect(badge.textContent).toBe('Menunggu SKP atasan — tautan tertunda'));
    expect(screen.getByTestId('assessor-pending').textContent).toContain('Anda tetap dapat menyusun draf');
    expect(screen.getByTestId('submit-waiting-leader')).toBeTruthy();
    expect(calls.some((c) => c.url.includes(`/work-plans/${PLAN_ID}/parent-options`))).toBe(true);
  });

  it('when a transfer ended the plan, then it says so with the date and nothing can be submitted', async () => {
    const ended = plan({
      status: 'approved',
      submitProblems: [],
      endDate: '2026-06-30',
      ended: true,
      can: { edit: false, submit: false, review: false, amend: false, editBehaviours: false, comment: true },
    });
    mockApi([sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)), ...planRoutes(ended)]);
    renderRoutes(routes, `/plans/${PLAN_ID}`);
    const alert = await screen.findByTestId('plan-ended', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('SKP ini berakhir pada 30 Juni 2026 karena mutasi');
    expect(screen.queryByTestId('plan-submit')).toBeNull();
  });

  it('when everything is complete, then "Ajukan SKP" submits the plan', async () => {
    const ready = plan({ submitProblems: [] });
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)),
      ...planRoutes(ready, [
        {
          method: 'POST',
          path: `/work-plans/${PLAN_ID}/submit`,
          body: { ...ready, status: 'submitted', can: { ...ready.can, edit: false, submit: false } },
        },
      ]),
    ]);
    renderRoutes(routes, `/plans/${PLAN_ID}`);
    const submit = await screen.findByTestId<HTMLButtonElement>('plan-submit', {}, { timeout: 5000 });
    expect(screen.getByTestId('submit-ready')).toBeTruthy();
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/submit'))).toBe(true),
    );
    expect(calls.find((c) => c.url.endsWith('/submit'))?.headers['x-csrf-token']).toBe('csrf-123');
  });

  it('when "Pilih dari pustaka" is used, then the template fills the indicator form and is sent with its id', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)),
      ...planRoutes(plan(), [
        { path: '/indicator-templates', body: { items: [template], total: 1 } },
        {
          method: 'POST',
          path: `/work-plans/${PLAN_ID}/results/${RESULT_ID}/indicators`,
          status: 201,
          body: { id: 'new' },
        },
      ]),
    ]);
    renderRoutes(routes, `/plans/${PLAN_ID}`);
    fireEvent.click(await screen.findByTestId('indicator-add', {}, { timeout: 5000 }));
    const form = await screen.findByTestId('indicator-form');
    fireEvent.click(within(form).getByTestId('library-open'));

    const insert = await screen.findByTestId('library-insert', {}, { timeout: 5000 });
    const search = calls.find((c) => c.url.startsWith('/api/v1/indicator-templates'));
    expect(search?.url).toContain('status=adopted');
    fireEvent.click(insert);

    await waitFor(() =>
      expect(screen.getByTestId<HTMLTextAreaElement>('indicator-text').value).toBe(template.text),
    );
    expect(screen.getByTestId<HTMLInputElement>('indicator-unit').value).toBe('%');
    expect(screen.getByTestId<HTMLSelectElement>('indicator-aspect').value).toBe('quality');
    expect(screen.getByTestId('indicator-template-badge').textContent).toContain('Dari pustaka');
    expect(screen.getByTestId('indicator-example-target').textContent).toContain('90%');
    // no number yet: the quantitative approach warns (without blocking the save)
    expect(screen.getByTestId('indicator-form-warnings').textContent).toContain('tanpa target terukur');

    fireEvent.change(screen.getByTestId('indicator-target'), { target: { value: '90' } });
    fireEvent.click(screen.getByTestId('indicator-save'));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/indicators'))).toBe(true),
    );
    const post = calls.find((c) => c.method === 'POST' && c.url.endsWith('/indicators'));
    expect(post?.body).toMatchObject({
      text: template.text,
      aspect: 'quality',
      unit: '%',
      direction: 'higher',
      category: 'effectiveness',
      target: 90,
      templateId: TEMPLATE_ID,
    });
  });
});

describe('PlanPage (review)', () => {
  const submitted = plan({
    status: 'submitted',
    submitProblems: [],
    submittedAt: '2026-01-20T03:00:00Z',
    can: { edit: false, submit: false, review: true, amend: false, editBehaviours: true, comment: true },
  });

  it('when the assessor returns the plan, then a comment is required before anything is sent', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], ASSESSOR_ID)),
      ...planRoutes(submitted, [
        {
          method: 'POST',
          path: `/work-plans/${PLAN_ID}/return`,
          body: { ...submitted, status: 'returned', can: { ...submitted.can, review: false } },
        },
      ]),
    ]);
    renderRoutes(routes, `/plans/${PLAN_ID}`);
    expect(await screen.findByTestId('review-panel', {}, { timeout: 5000 })).toBeTruthy();
    // the reviewer sees what changed between the last two submissions
    await waitFor(() => expect(calls.some((c) => c.url.includes('/changes?against=previous'))).toBe(true));
    // the expectations of the seven values are editable by the assessor
    expect(screen.getByTestId('behaviour-expectation-akuntabel').tagName).toBe('TEXTAREA');

    fireEvent.click(screen.getByTestId('plan-return'));
    fireEvent.click(await screen.findByTestId('return-confirm'));
    expect(await screen.findByText('Wajib diisi.')).toBeTruthy();
    expect(calls.some((c) => c.url.endsWith('/return'))).toBe(false);

    fireEvent.change(screen.getByTestId('return-comment'), {
      target: { value: 'Indikator RHK 1 belum terukur.' },
    });
    fireEvent.click(screen.getByTestId('return-confirm'));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/return'))).toBe(true));
    expect(calls.find((c) => c.url.endsWith('/return'))?.body).toEqual({
      comment: 'Indikator RHK 1 belum terukur.',
    });
    expect(await screen.findByText('SKP dikembalikan ke pegawai.')).toBeTruthy();
  });

  it('when the assessor approves, then the comment is optional', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], ASSESSOR_ID)),
      ...planRoutes(submitted, [
        {
          method: 'POST',
          path: `/work-plans/${PLAN_ID}/approve`,
          body: { ...submitted, status: 'approved', can: { ...submitted.can, review: false } },
        },
      ]),
    ]);
    renderRoutes(routes, `/plans/${PLAN_ID}`);
    fireEvent.click(await screen.findByTestId('plan-approve', {}, { timeout: 5000 }));
    fireEvent.click(await screen.findByTestId('approve-confirm'));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/approve'))).toBe(true));
    expect(calls.find((c) => c.url.endsWith('/approve'))?.body).toEqual({});
  });
});
