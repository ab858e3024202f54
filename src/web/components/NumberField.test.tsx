import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionRoute } from '../test/utils';
import { NumberField } from './NumberField';

function Harness({ initial = '' as string | number, allowNegative = false }) {
  const [value, setValue] = useState<string | number>(initial);
  return (
    <NumberField
      label="Target"
      value={value}
      onChange={setValue}
      allowNegative={allowNegative}
      data-testid="n"
    />
  );
}

const field = () => screen.getByTestId<HTMLInputElement>('n');

describe('NumberField', () => {
  beforeEach(() => {
    mockApi([sessionRoute(null)]);
  });

  it('when "1.250.000" is typed in Indonesian, then it stays 1.250.000 (not 1,25) and the keypad is numeric', () => {
    renderWithProviders(<Harness />);
    expect(field().inputMode).toBe('decimal');
    fireEvent.change(field(), { target: { value: '1250000,5' } });
    fireEvent.blur(field());
    expect(field().value).toBe('1.250.000,5');
    fireEvent.change(field(), { target: { value: '1.250.000' } });
    fireEvent.blur(field());
    expect(field().value).toBe('1.250.000');
  });

  it('when English, then a saved number reads 1,250,000.75', () => {
    renderWithProviders(<Harness initial={1250000.75} />, { language: 'en' });
    expect(field().value).toBe('1,250,000.75');
  });

  it('when letters are typed, then they stay and an error says it is not a number', async () => {
    renderWithProviders(<Harness />);
    fireEvent.change(field(), { target: { value: '12 orang' } });
    fireEvent.blur(field());
    expect(field().value).toBe('12 orang');
    expect(await screen.findByText(/Harus berupa angka/)).toBeTruthy();
    expect(field().getAttribute('aria-invalid')).toBe('true');
  });

  it('when a minus is typed where negatives make no sense, then "Tidak boleh negatif"', async () => {
    renderWithProviders(<Harness />);
    fireEvent.change(field(), { target: { value: '-20' } });
    fireEvent.blur(field());
    expect(await screen.findByText('Tidak boleh negatif.')).toBeTruthy();
  });
});
