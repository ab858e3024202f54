import { Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { formatPercent, formulaFor, type GridIndicator, type ProgressGridView } from '../../progress';
import { usePeriodLabel } from '../../../lib/use-period-label';

interface Figure {
  realised: number | null;
  target: number | null;
  achievement: number | null;
}

/**
 * One achievement with its formula worked out (ui.md: every number explains itself): the percentage, then how it
 * is computed — `aggregation`, when given, says how the realisation and the target were built from the periods.
 */
function FigureLine({
  label,
  figure,
  indicator,
  cap,
  aggregation,
  testId,
}: {
  label: string;
  figure: Figure;
  indicator: GridIndicator;
  cap: number;
  aggregation?: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const n = (v: number | null) =>
    v === null ? t('common.none') : `${formatNumber(v, i18n.language)}${unit}`;
  const parts = formulaFor(
    { direction: indicator.direction, target: figure.target },
    figure.realised,
    figure.achievement,
    cap,
    t,
    i18n.language,
  );
  return (
    <Text size="xs" data-testid={testId}>
      <Text span size="xs" fw={600}>
        {label}:{' '}
      </Text>
      {figure.achievement === null
        ? t('evaluations.figures.none', { realised: n(figure.realised), target: n(figure.target) })
        : t('evaluations.figures.value', {
            pct: formatPercent(figure.achievement, i18n.language),
            realised: n(figure.realised),
            target: n(figure.target),
          })}
      {parts ? (
        <Text span size="xs" c="dimmed">
          {' '}
          ({aggregation ? `${aggregation}; ` : ''}
          {parts.formula}: {parts.worked})
        </Text>
      ) : null}
    </Text>
  );
}

const periodsWord = (t: TFunction, count: number) => t('evaluations.figures.periods', { count });

/**
 * The three achievements of an indicator for an evaluation (domain §4): in the evaluation's period against its
 * period target, to date (the periods through it) and for the year against the annual target — from the progress
 * grid counted through the evaluation's period.
 */
export function IndicatorFigures({
  grid,
  indicatorId,
  periodId,
}: {
  grid: ProgressGridView;
  indicatorId: string;
  periodId: string;
}) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const indicator = grid.results.flatMap((r) => r.indicators).find((i) => i.id === indicatorId);
  if (!indicator?.numeric) return null;
  const cell = indicator.cells.find((c) => c.periodId === periodId);
  const period = grid.periods.find((p) => p.id === periodId);
  const formula = t(`progress.comparisonFormula.${indicator.aggregation}`);
  return (
    <Stack gap={0} data-testid="evaluation-indicator-figures" data-indicator-id={indicatorId}>
      {period?.kind === 'periodic' ? (
        <FigureLine
          label={t('evaluations.figures.period', { period: periodName(period.label) })}
          figure={{
            realised: cell?.latest?.value ?? null,
            target: cell?.target ?? null,
            achievement: cell?.latest?.achievement ?? null,
          }}
          indicator={indicator}
          cap={grid.cap}
          testId="evaluation-figure-period"
        />
      ) : null}
      <FigureLine
        label={t('evaluations.figures.toDate', { periods: periodsWord(t, indicator.toDate.periodCount) })}
        figure={indicator.toDate}
        indicator={indicator}
        cap={grid.cap}
        aggregation={formula}
        testId="evaluation-figure-to-date"
      />
      <FigureLine
        label={t('evaluations.figures.year')}
        figure={indicator.year}
        indicator={indicator}
        cap={grid.cap}
        aggregation={t('evaluations.figures.yearFormula', { formula })}
        testId="evaluation-figure-year"
      />
    </Stack>
  );
}
