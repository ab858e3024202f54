import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionRoute } from '../../../test/utils';
import { evaluation, EVALUATION_ID } from '../test/fixtures';
import { ObjectionSection } from './ObjectionSection';

const GROUNDS = 'Capaian RHK utama melampaui target 120% dan buktinya sudah diunggah pada periode ini.';

describe('filing an objection', () => {
  it('when the objection is sent, then a summary asks first; cancelling keeps the typing, confirming sends it', async () => {
    const final = evaluation({
      status: 'final',
      objectionDeadline: '2099-12-31',
      can: { edit: false, finalize: false, reopen: false, acknowledge: false, object: true },
    });
    const calls = mockApi([
      sessionRoute(null),
      {
        method: 'POST',
        path: `/evaluations/${EVALUATION_ID}/objection`,
        status: 201,
        body: { ...final, objection: null },
      },
    ]);
    renderWithProviders(<ObjectionSection evaluation={final} />);
    const field = screen.getByTestId<HTMLTextAreaElement>('objection-reason');
    fireEvent.change(field, { target: { value: GROUNDS } });
    expect(screen.getByTestId('objection-reason-count').textContent).toBe(`${GROUNDS.length}/4.000`);

    fireEvent.click(screen.getByTestId('objection-submit'));
    const summary = await screen.findByTestId('confirm-objection');
    expect(summary.textContent).toContain('prosedur resmi');
    expect(summary.textContent).toContain('31 Desember 2099');
    expect(screen.getByTestId('confirm-objection-grounds').textContent).toBe(GROUNDS);
    fireEvent.click(screen.getByTestId('confirm-objection-cancel'));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(field.value).toBe(GROUNDS);

    await waitFor(() =>
      expect(screen.getByTestId('objection-submit').hasAttribute('data-loading')).toBe(false),
    );
    fireEvent.click(screen.getByTestId('objection-submit'));
    fireEvent.click(await screen.findByTestId('confirm-objection-confirm'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: GROUNDS });
  });
});
