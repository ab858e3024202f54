import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionRoute } from '../test/utils';
import { usePeriodLabel } from './use-period-label';

function Names() {
  const periodName = usePeriodLabel();
  return <p data-testid="names">{['Januari 2026', 'Triwulan II 2026', null].map(periodName).join(' | ')}</p>;
}

describe('usePeriodLabel', () => {
  it('when the UI is Indonesian, then the stored names stay', () => {
    mockApi([sessionRoute(null)]);
    renderWithProviders(<Names />, { language: 'id' });
    expect(screen.getByTestId('names').textContent).toBe('Januari 2026 | Triwulan II 2026 | ');
  });

  it('when the UI is English, then months and quarters are English', () => {
    mockApi([sessionRoute(null)]);
    renderWithProviders(<Names />, { language: 'en' });
    expect(screen.getByTestId('names').textContent).toBe('January 2026 | Quarter II 2026 | ');
  });
});
