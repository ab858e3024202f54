import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders, sessionRoute } from '../../../test/utils';
import { AutosaveTextarea } from './AutosaveTextarea';

let setServer: (text: string) => void = () => undefined;

function Harness({ onSave }: { onSave: (text: string) => Promise<unknown> }) {
  const [value, setValue] = useState('Teks awal');
  useEffect(() => {
    setServer = setValue;
  }, []);
  return (
    <AutosaveTextarea
      label="RHK"
      value={value}
      onSave={async (text) => {
        await onSave(text);
        setValue(text);
      }}
      testId="field"
      draftKey="test.field"
      required
      maxLength={2000}
      debounceMs={60_000}
    />
  );
}

describe('AutosaveTextarea', () => {
  beforeEach(() => {
    mockApi([sessionRoute(null)]);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when the user pauses typing, then the text saves on its own after the quiet time', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    renderWithProviders(<Harness onSave={onSave} />);
    vi.useFakeTimers();
    const field = screen.getByTestId('field');
    fireEvent.change(field, { target: { value: 'Teks' } });
    await act(() => vi.advanceTimersByTimeAsync(59_000));
    fireEvent.change(field, { target: { value: 'Teks baru' } });
    await act(() => vi.advanceTimersByTimeAsync(59_999));
    expect(onSave).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('Teks baru');
    expect(screen.getByTestId('field-status').textContent).toBe('Tersimpan');
  });

  it('when the user types, then the counter shows the characters used of the limit', () => {
    renderWithProviders(<Harness onSave={() => Promise.resolve()} />);
    expect(screen.getByTestId('field-count').textContent).toBe('9/2.000');
    fireEvent.change(screen.getByTestId('field'), { target: { value: 'x'.repeat(1234) } });
    expect(screen.getByTestId('field-count').textContent).toBe('1.234/2.000');
  });

  it('when the user leaves the field, then the text is saved and "Tersimpan" is shown', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    renderWithProviders(<Harness onSave={onSave} />);
    const field = screen.getByTestId('field');
    fireEvent.change(field, { target: { value: 'Teks baru ' } });
    expect(screen.getByTestId('field-status').textContent).toBe('Belum tersimpan');
    expect(localStorage.getItem('kinerja.draft.test.field')).toBe('Teks baru ');
    fireEvent.blur(field);
    await waitFor(() => expect(screen.getByTestId('field-status').textContent).toBe('Tersimpan'));
    expect(onSave).toHaveBeenCalledWith('Teks baru');
    expect(localStorage.getItem('kinerja.draft.test.field')).toBeNull();
  });

  it('when the saved text changes elsewhere while typing, then both versions are shown and the user chooses', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    renderWithProviders(<Harness onSave={onSave} />);
    fireEvent.change(screen.getByTestId('field'), { target: { value: 'Ketikan saya' } });
    act(() => setServer('Versi dari tab lain'));

    expect(await screen.findByTestId('field-conflict')).toBeTruthy();
    expect(screen.getByTestId('field-conflict-mine').textContent).toBe('Ketikan saya');
    expect(screen.getByTestId('field-conflict-theirs').textContent).toBe('Versi dari tab lain');
    expect(document.activeElement).toBe(screen.getByTestId('field'));
    // nothing is saved over the other version until the user chooses
    fireEvent.blur(screen.getByTestId('field'));
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('field-keep-mine'));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('Ketikan saya'));
    await waitFor(() => expect(screen.queryByTestId('field-conflict')).toBeNull());
    expect(screen.getByTestId<HTMLTextAreaElement>('field').value).toBe('Ketikan saya');
  });

  it('when the save fails, then the typing stays (also in the browser) and can be retried', async () => {
    const onSave = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    renderWithProviders(<Harness onSave={onSave} />);
    const field = screen.getByTestId<HTMLTextAreaElement>('field');
    fireEvent.change(field, { target: { value: 'Jangan hilang' } });
    fireEvent.blur(field);
    await waitFor(() => expect(screen.getByText('Terjadi kesalahan yang tidak terduga.')).toBeTruthy());
    expect(field.value).toBe('Jangan hilang');
    expect(localStorage.getItem('kinerja.draft.test.field')).toBe('Jangan hilang');
    fireEvent.click(screen.getByText('Coba lagi'));
    await waitFor(() => expect(screen.getByTestId('field-status').textContent).toBe('Tersimpan'));
    expect(localStorage.getItem('kinerja.draft.test.field')).toBeNull();
  });
});
