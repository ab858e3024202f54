import { Box, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WHOLE_WORDS } from './RatingPicker';
import { PREDICATE_MATRIX, type Rating } from '../../../../domain/evaluations/matrix';
import { PREDICATE_COLORS, PREDICATE_MARKERS } from './predicate-colors';

/** Rows: Rating Hasil Kerja, best first. */
export const MATRIX_RESULT_ROWS: readonly Rating[] = ['above', 'meets', 'below'];
/** Columns: Rating Perilaku Kerja, worst first (as in the regulation's matrix). */
export const MATRIX_BEHAVIOUR_COLUMNS: readonly Rating[] = ['below', 'meets', 'above'];

export interface PredicateMatrixProps {
  /** the evaluated cell's row; with `behaviourRating` it lights one cell */
  resultRating: Rating | null;
  behaviourRating: Rating | null;
  /** people per cell, keyed `${result}:${behaviour}` (calibration) */
  counts?: Record<string, number>;
  /** an accessible caption; defaults to "Matriks Predikat Kinerja" */
  caption?: string;
}

/**
 * The 3×3 predicate matrix (domain §5): Rating Hasil Kerja rows × Rating Perilaku Kerja columns. Every cell is
 * coloured with its predicate's colour AND labelled (name + marker), the evaluated cell is outlined, marked ✓ and
 * carries aria-current.
 */
export function PredicateMatrix({ resultRating, behaviourRating, counts, caption }: PredicateMatrixProps) {
  const { t } = useTranslation();
  return (
    <Box style={{ overflowX: 'auto' }}>
      <table
        data-testid="predicate-matrix"
        style={{
          borderCollapse: 'separate',
          borderSpacing: 4,
          width: '100%',
          minWidth: 300,
          tableLayout: 'fixed',
        }}
      >
        <caption style={{ captionSide: 'top', textAlign: 'start' }}>
          <Text size="sm" fw={600}>
            {caption ?? t('evaluations.matrix.caption')}
          </Text>
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ width: '22%' }}>
              <Text size="xs" c="dimmed" ta="start">
                {t('evaluations.matrix.corner')}
              </Text>
            </th>
            {MATRIX_BEHAVIOUR_COLUMNS.map((behaviour) => (
              <th key={behaviour} scope="col">
                <Text size="xs" fw={600}>
                  <VisuallyHidden>{t('evaluations.matrix.behaviourAxis')}: </VisuallyHidden>
                  {t(`evaluations.ratingsShort.${behaviour}`)}
                </Text>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MATRIX_RESULT_ROWS.map((result) => (
            <tr key={result}>
              <th scope="row" style={{ textAlign: 'start' }}>
                <Text size="xs" fw={600}>
                  <VisuallyHidden>{t('evaluations.matrix.resultAxis')}: </VisuallyHidden>
                  {t(`evaluations.ratingsShort.${result}`)}
                </Text>
              </th>
              {MATRIX_BEHAVIOUR_COLUMNS.map((behaviour) => {
                const predicate = PREDICATE_MATRIX[result][behaviour];
                const color = PREDICATE_COLORS[predicate];
                const current = result === resultRating && behaviour === behaviourRating;
                const count = counts?.[`${result}:${behaviour}`];
                return (
                  <td
                    key={behaviour}
                    data-testid={`predicate-cell-${result}-${behaviour}`}
                    data-predicate={predicate}
                    data-current={current ? 'true' : undefined}
                    aria-current={current ? 'true' : undefined}
                    style={{
                      background: current
                        ? `var(--mantine-color-${color}-filled)`
                        : `var(--mantine-color-${color}-light)`,
                      color: current
                        ? `var(--mantine-color-${color}-contrast, #fff)`
                        : `var(--mantine-color-${color}-light-color)`,
                      outline: current ? '3px solid var(--mantine-color-text)' : undefined,
                      outlineOffset: current ? -3 : undefined,
                      borderRadius: 6,
                      padding: '6px 4px',
                      textAlign: 'center',
                      verticalAlign: 'middle',
                      minHeight: 48,
                    }}
                  >
                    <Text size="xs" fw={current ? 700 : 500} style={{ lineHeight: 1.25, ...WHOLE_WORDS }}>
                      <span aria-hidden="true">{PREDICATE_MARKERS[predicate]} </span>
                      {t(`evaluations.predicates.${predicate}`)}
                    </Text>
                    {count !== undefined && (
                      <Text size="sm" fw={700} data-testid={`predicate-cell-count-${result}-${behaviour}`}>
                        <VisuallyHidden>{t('evaluations.matrix.people')}: </VisuallyHidden>
                        {count}
                      </Text>
                    )}
                    {current && (
                      <Text size="xs" fw={700}>
                        <span aria-hidden="true">✓ </span>
                        {t('evaluations.matrix.current')}
                      </Text>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Text size="xs" c="dimmed" mt={4}>
        {t('evaluations.matrix.legend')}
      </Text>
    </Box>
  );
}
