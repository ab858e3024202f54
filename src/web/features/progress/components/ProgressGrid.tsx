import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTarget } from '../../work-plans';
import { formatNumber } from '../../../lib/format';
import { achievementColor, formatPercent } from '../format';
import type { ComparisonView, GridIndicator, ProgressGridView } from '../types';
import { AchievementCell } from './AchievementCell';
import { Trend } from './Trend';
import { usePeriodLabel } from '../../../lib/use-period-label';

interface Props {
  grid: ProgressGridView;
  onHistory: (indicator: GridIndicator, periodId: string) => void;
  onRecord: (indicatorId: string, periodId: string) => void;
}

/** Indicators × periods: the latest value and achievement of each cell, the trend and the latest achievement. */
export function ProgressGrid({ grid, onHistory, onRecord }: Props) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const columns = grid.periods.length + 2;
  return (
    <Table.ScrollContainer minWidth={Math.max(480, 200 + grid.periods.length * 76)} type="native">
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={4}
        horizontalSpacing={4}
        data-testid="progress-grid"
        aria-label={t('progress.gridLabel')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th
              scope="col"
              style={{
                position: 'sticky',
                left: 0,
                background: 'var(--mantine-color-body)',
                zIndex: 1,
                minWidth: 180,
              }}
            >
              {t('progress.indicator')}
            </Table.Th>
            {grid.periods.map((p) => (
              <Table.Th key={p.id} scope="col" ta="center" style={{ minWidth: 72 }}>
                <Text size="xs" fw={600}>
                  {periodName(p.label)}
                </Text>
                {p.status === 'locked' ? (
                  <Text size="xs" c="dimmed">
                    {t('status.locked')}
                  </Text>
                ) : null}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="center" style={{ minWidth: 110 }}>
              {t('progress.trendTitle')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grid.results.map((r) => (
            <Fragment key={r.id}>
              <Table.Tr>
                <Table.Td colSpan={columns} bg="var(--mantine-color-gray-0)">
                  <Group gap={6} wrap="nowrap">
                    <Badge size="xs" variant="outline">
                      {t(`terms.kind.${r.kind}`)}
                    </Badge>
                    <Text size="sm" fw={600} style={{ position: 'sticky', left: 8 }}>
                      {r.text}
                    </Text>
                  </Group>
                </Table.Td>
              </Table.Tr>
              {r.indicators.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={columns}>
                    <Text size="xs" c="dimmed">
                      {t('progress.noIndicators')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {r.indicators.map((ind) => (
                <Table.Tr key={ind.id} data-testid="progress-row" data-indicator={ind.id}>
                  <Table.Th
                    scope="row"
                    style={{
                      position: 'sticky',
                      left: 0,
                      background: 'var(--mantine-color-body)',
                      zIndex: 1,
                      fontWeight: 400,
                    }}
                  >
                    <Stack gap={2}>
                      <Text size="xs" lineClamp={3}>
                        {ind.text}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('progress.target')}: {formatTarget(ind, i18n.language) ?? t('common.none')}
                        {ind.numeric && ind.direction === 'lower' ? ` · ${t('progress.lowerBetter')}` : ''}
                      </Text>
                      {ind.numeric ? (
                        <Text size="xs" c="dimmed" data-testid="progress-aggregation">
                          {t('progress.aggregationLabel')}: {t(`progress.aggregation.${ind.aggregation}`)}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Th>
                  {grid.periods.map((p) => (
                    <Table.Td key={p.id} p={2}>
                      <AchievementCell
                        indicator={ind}
                        period={p}
                        cell={ind.cells.find((c) => c.periodId === p.id)}
                        cap={grid.cap}
                        canRecord={grid.can.record}
                        onHistory={() => onHistory(ind, p.id)}
                        onRecord={() => onRecord(ind.id, p.id)}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td ta="center">
                    <Stack gap={2} align="center">
                      <Trend indicator={ind} />
                      {ind.latestAchievement !== null ? (
                        <Badge
                          size="sm"
                          variant="light"
                          color={achievementColor(ind.latestAchievement)}
                          data-testid="progress-latest"
                        >
                          {formatPercent(ind.latestAchievement, i18n.language)}
                        </Badge>
                      ) : (
                        <Text size="xs" c="dimmed">
                          {t('common.none')}
                        </Text>
                      )}
                      {ind.numeric ? (
                        <>
                          <Comparison
                            label={t('progress.toDate')}
                            figure={ind.toDate}
                            formula={t(`progress.comparisonFormula.${ind.aggregation}`)}
                            testId="progress-to-date"
                          />
                          <Comparison
                            label={t('progress.year')}
                            figure={ind.year}
                            formula={t(`progress.comparisonFormula.${ind.aggregation}`)}
                            testId="progress-year"
                          />
                        </>
                      ) : null}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** An aggregated achievement with its formula and numbers (ui.md: every number explains itself). */
function Comparison({
  label,
  figure,
  formula,
  testId,
}: {
  label: string;
  figure: ComparisonView;
  formula: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <Text size="xs" data-testid={testId}>
      {label}:{' '}
      {figure.achievement === null || figure.realised === null || figure.target === null
        ? t('common.none')
        : t('progress.comparison', {
            pct: formatPercent(figure.achievement, i18n.language),
            formula,
            a: n(figure.realised),
            b: n(figure.target),
          })}
    </Text>
  );
}
