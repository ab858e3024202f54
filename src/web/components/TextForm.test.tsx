import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../lib/api-client';
import { mockApi, renderWithProviders, sessionRoute } from '../test/utils';
import { TextForm } from './TextForm';

const schema = z.object({ reason: z.string().min(1).max(20) });

function renderForm(onSubmit: (text: string) => Promise<unknown>) {
  renderWithProviders(
    <TextForm
      field="reason"
      schema={schema}
      onSubmit={onSubmit}
      label="Alasan"
      required
      submitLabel="Kirim"
      testIds={{ form: 'f', field: 'f-reason', submit: 'f-send' }}
    />,
  );
  return screen.getByTestId<HTMLTextAreaElement>('f-reason');
}

describe('TextForm', () => {
  beforeEach(() => {
    mockApi([sessionRoute(null)]);
  });

  it('when the text is blank, then the schema refuses it and nothing is sent', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    const field = renderForm(onSubmit);
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('f-send'));
    expect(await screen.findByText('Wajib diisi.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('when sent, then the trimmed text goes out and the field empties', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    const field = renderForm(onSubmit);
    fireEvent.change(field, { target: { value: '  Terlambat  ' } });
    fireEvent.click(screen.getByTestId('f-send'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('Terlambat'));
    await waitFor(() => expect(field.value).toBe(''));
  });

  it('when the server refuses the field, then its message shows on the field and the text stays', async () => {
    const refusal = new ApiError(400, 'VALIDATION_FAILED', 'Tidak valid.', [
      { path: 'reason', code: 'too_small', message: 'Alasan terlalu singkat.' },
    ]);
    const field = renderForm(() => Promise.reject(refusal));
    fireEvent.change(field, { target: { value: 'x' } });
    fireEvent.click(screen.getByTestId('f-send'));
    expect(await screen.findByText('Alasan terlalu singkat.')).toBeTruthy();
    expect(field.value).toBe('x');
  });
});

describe('TextForm counter', () => {
  beforeEach(() => {
    mockApi([sessionRoute(null)]);
  });

  it('when no maxLength is given, then the schema’s own limit is counted and enforced', async () => {
    const field = renderForm(() => Promise.resolve());
    expect(field.maxLength).toBe(20);
    fireEvent.change(field, { target: { value: 'lima!' } });
    await waitFor(() => expect(screen.getByTestId('f-reason-count').textContent).toBe('5/20'));
  });
});
