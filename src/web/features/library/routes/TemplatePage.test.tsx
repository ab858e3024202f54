import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';

const ID = '5c7d2e10-0d6e-4b0f-8a3c-2f9a1b7c0f09';
const proposal = {
  id: ID,
  sector: 'health',
  text: 'Persentase pasien rawat jalan yang mendapat edukasi perawatan di rumah',
  resultExample: null,
  aspect: 'quality',
  unit: '%',
  direction: 'higher',
  category: 'effectiveness',
  exampleTarget: '80%',
  status: 'proposed',
  rationale: 'Belum terukur.',
  proposedBy: { id: 'someone', name: 'Siti Nurhaliza' },
  proposedByUser: { id: 'u-9', name: 'Siti Nurhaliza' },
  decidedBy: null,
  decisionReason: null,
  decidedAt: null,
  endorsementCount: 1,
  endorsedByMe: false,
  commentCount: 0,
  version: 1,
  createdAt: '2026-11-29T00:00:00Z',
  updatedAt: '2026-11-29T00:00:00Z',
  can: { endorse: true, decide: true },
  endorsements: [{ name: 'dr. Ratna Sari', at: '2026-11-29T01:00:00Z', employeeId: null }],
  comments: [],
};

describe('TemplatePage', () => {
  it('when a proposal is open, then colleagues see the endorsements and can endorse it', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], 'me')),
      { path: `/indicator-templates/${ID}`, body: proposal },
      { method: 'POST', path: `/indicator-templates/${ID}/endorsement`, body: proposal },
      { path: '/work-plans', body: { items: [], total: 0 } },
      { path: '/employees', body: { items: [], total: 0 } },
    ]);
    renderRoutes(routes, `/library/${ID}`);
    expect((await screen.findByTestId('template-endorsement-count', {}, { timeout: 5000 })).textContent).toBe(
      '1 dukungan',
    );
    expect(screen.getByText('dr. Ratna Sari')).toBeTruthy();
    fireEvent.click(screen.getByTestId('template-endorse'));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/endorsement'))).toBe(true),
    );
  });

  it('when the server refuses a decision (403), then a friendly explanation is shown', async () => {
    mockApi([
      sessionRoute(sessionFor(['employee'], 'me')),
      { path: `/indicator-templates/${ID}`, body: proposal },
      {
        method: 'POST',
        path: `/indicator-templates/${ID}/decline`,
        status: 403,
        body: { error: { code: 'FORBIDDEN', message: 'Forbidden', details: null, requestId: 't' } },
      },
      { path: '/work-plans', body: { items: [], total: 0 } },
      { path: '/employees', body: { items: [], total: 0 } },
    ]);
    renderRoutes(routes, `/library/${ID}`);
    fireEvent.click(await screen.findByTestId('template-decline', {}, { timeout: 5000 }));
    fireEvent.click(await screen.findByTestId('decision-confirm'));
    // declining needs a reason
    expect(await screen.findByText('Alasan penolakan wajib diisi.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('decision-reason'), {
      target: { value: 'Sudah ada indikator serupa.' },
    });
    fireEvent.click(screen.getByTestId('decision-confirm'));
    expect((await screen.findByTestId('decision-forbidden')).textContent).toContain(
      'Hanya admin kepegawaian atau pimpinan unit',
    );
  });
});
