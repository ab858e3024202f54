import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionRoute } from '../test/utils';
import { LimitedTextarea, LimitedTextInput } from './LimitedText';

function Both({ max }: { max: number | undefined }) {
  const [a, setA] = useState('');
  const [b, setB] = useState('abc');
  return (
    <>
      <LimitedTextarea
        label="Catatan"
        description="Tidak wajib"
        maxLength={max}
        value={a}
        onChange={(e) => setA(e.currentTarget.value)}
        data-testid="note"
      />
      <LimitedTextInput
        label="Judul"
        maxLength={max}
        value={b}
        onChange={(e) => setB(e.currentTarget.value)}
        data-testid="title"
      />
    </>
  );
}

describe('LimitedTextarea / LimitedTextInput', () => {
  beforeEach(() => {
    mockApi([sessionRoute(null)]);
  });

  it('when typed into, then the counter follows the text in the reader’s number format and the field stops at the limit', async () => {
    renderWithProviders(<Both max={1500} />);
    const note = screen.getByTestId<HTMLTextAreaElement>('note');
    expect(note.maxLength).toBe(1500);
    expect(screen.getByTestId('note-count').textContent).toBe('0/1.500');
    expect(screen.getByText(/Tidak wajib/)).toBeTruthy();
    fireEvent.change(note, { target: { value: 'dua puluh karakter..' } });
    await waitFor(() => expect(screen.getByTestId('note-count').textContent).toBe('20/1.500'));
    expect(screen.getByTestId('title-count').textContent).toBe('3/1.500');
  });

  it('when the field has no limit, then there is no counter', () => {
    renderWithProviders(<Both max={undefined} />);
    expect(screen.queryByTestId('note-count')).toBeNull();
    expect(screen.queryByTestId('title-count')).toBeNull();
  });
});
