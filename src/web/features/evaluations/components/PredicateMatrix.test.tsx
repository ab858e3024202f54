import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionRoute } from '../../../test/utils';
import { PredicateChip } from './PredicateChip';
import { PredicateMatrix } from './PredicateMatrix';

describe('PredicateMatrix', () => {
  beforeEach(() => {
    mockApi([sessionRoute(null)]);
  });

  it('when result is above and behaviour below, then only that cell is lit, current and named Kurang/Misconduct', () => {
    renderWithProviders(<PredicateMatrix resultRating="above" behaviourRating="below" />);

    const matrix = screen.getByTestId('predicate-matrix');
    const cells = within(matrix).getAllByRole('cell');
    expect(cells).toHaveLength(9);
    const current = cells.filter((c) => c.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toBe(screen.getByTestId('predicate-cell-above-below'));
    expect(current[0]?.textContent).toContain('Kurang/Misconduct');
    expect(current[0]?.getAttribute('data-predicate')).toBe('kurang');
    // every cell names its predicate, so the matrix reads without colour
    expect(screen.getByTestId('predicate-cell-above-above').textContent).toContain('Sangat Baik');
    expect(screen.getByTestId('predicate-cell-below-below').textContent).toContain('Sangat Kurang');
    expect(screen.getByTestId('predicate-cell-below-meets').textContent).toContain('Butuh Perbaikan');
    expect(screen.getByTestId('predicate-cell-meets-meets').getAttribute('aria-current')).toBeNull();
  });

  it('when no ratings are given, then no cell is current; counts show per cell', () => {
    renderWithProviders(
      <PredicateMatrix
        resultRating={null}
        behaviourRating={null}
        counts={{ 'meets:meets': 4, 'above:above': 1 }}
      />,
    );
    expect(screen.getByTestId('predicate-matrix').querySelector('[aria-current]')).toBeNull();
    expect(screen.getByTestId('predicate-cell-count-meets-meets').textContent).toContain('4');
    expect(screen.getByTestId('predicate-cell-count-above-above').textContent).toContain('1');
    expect(screen.queryByTestId('predicate-cell-count-below-below')).toBeNull();
  });

  it('when a predicate chip is drawn, then it carries the label and its rank on the scale', () => {
    renderWithProviders(
      <>
        <PredicateChip predicate="sangat_baik" testId="chip-a" />
        <PredicateChip predicate={null} testId="chip-b" />
      </>,
    );
    expect(screen.getByTestId('chip-a').textContent).toContain('Sangat Baik');
    expect(screen.getByTestId('chip-a').getAttribute('data-rank')).toBe('1');
    expect(screen.getByTestId('chip-b').textContent).toBe('Belum ada predikat');
  });
});
