import { BarChart, DonutChart } from '@mantine/charts';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { formatNumber } from '../../../lib/format';
import type { FollowUpDashboardView } from '../types';
import { ChartPanel } from './ChartPanel';
import {
  chartUnits,
  ITEM_SERIES,
  itemRows,
  LEARNING_SERIES,
  learningRows,
  PERIOD_COLORS,
  periodSlices,
  type ChartUnit,
} from './chart-data';

/** Long unit names are cut on the axis (the table holds them whole). */
const tick = (name: string) => (name.length > 16 ? `${name.slice(0, 15)}…` : name);

/** Bars per unit: enough height for each group on a phone. */
const barHeight = (rows: number) => Math.max(240, 60 + rows * 48);

/**
 * The three charts of Dasbor Tindak Lanjut, each with its table: items planned/completed/overdue per unit, JP and
 * cost per unit, improvement periods by outcome.
 */
export function FollowUpCharts({ view }: { view: FollowUpDashboardView }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const rupiah = (v: number) => `Rp ${formatNumber(v, i18n.language, 0)}`;
  const units = chartUnits(view);
  const label = (u: ChartUnit) => (u.ownOnly ? t('followUp.charts.ownUnit', { unit: u.name }) : u.name);
  const items = itemRows(units, label);
  const learning = learningRows(units, label);
  const slices = periodSlices(view.totals);
  const periodsTotal = slices.reduce((s, x) => s + x.value, 0);
  const unitHeader = (
    <Table.Th scope="col" style={{ minWidth: 160 }}>
      {t('followUp.unit')}
    </Table.Th>
  );

  return (
    <Stack gap="md">
      <ChartPanel
        id="follow-up-items"
        title={t('followUp.charts.items')}
        hint={t('followUp.charts.itemsHint')}
        chart={
          <BarChart
            h={barHeight(items.length)}
            data={items}
            dataKey="unit"
            series={ITEM_SERIES.map((s) => ({ ...s, label: t(`followUp.series.${s.name}`) }))}
            withLegend
            accessibilityLayer={false}
            xAxisProps={{ tickFormatter: tick, interval: 0 }}
            valueFormatter={n}
          />
        }
        table={
          <Table.ScrollContainer minWidth={420}>
            <Table striped verticalSpacing="xs" data-testid="follow-up-items-rows">
              <Table.Thead>
                <Table.Tr>
                  {unitHeader}
                  {ITEM_SERIES.map((s) => (
                    <Table.Th key={s.name} scope="col" ta="right">
                      {t(`followUp.series.${s.name}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.unit}>
                    <Table.Th scope="row" fw={500}>
                      {r.unit}
                    </Table.Th>
                    <Table.Td ta="right">{n(r.planned)}</Table.Td>
                    <Table.Td ta="right">{n(r.completed)}</Table.Td>
                    <Table.Td ta="right">{n(r.overdue)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        }
      />
      <ChartPanel
        id="follow-up-learning"
        title={t('followUp.charts.learning')}
        hint={t('followUp.charts.learningHint', { year: view.year })}
        chart={
          <BarChart
            h={barHeight(learning.length)}
            data={learning}
            dataKey="unit"
            series={LEARNING_SERIES.map((s) => ({ ...s, label: t(`followUp.series.${s.name}`) }))}
            withLegend
            withRightYAxis
            xAxisProps={{ tickFormatter: tick, interval: 0 }}
            yAxisProps={{ tickFormatter: (v: number) => n(v) }}
            rightYAxisProps={{ tickFormatter: (v: number) => formatNumber(v / 1_000_000, i18n.language, 1) }}
            rightYAxisLabel={t('followUp.series.costMillions')}
            valueFormatter={n}
          />
        }
        table={
          <Table.ScrollContainer minWidth={360}>
            <Table striped verticalSpacing="xs" data-testid="follow-up-learning-rows">
              <Table.Thead>
                <Table.Tr>
                  {unitHeader}
                  <Table.Th scope="col" ta="right">
                    {t('followUp.series.hours')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('followUp.series.cost')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {learning.map((r) => (
                  <Table.Tr key={r.unit}>
                    <Table.Th scope="row" fw={500}>
                      {r.unit}
                    </Table.Th>
                    <Table.Td ta="right">{n(r.hours)}</Table.Td>
                    <Table.Td ta="right">{rupiah(r.cost)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        }
      />
      <ChartPanel
        id="follow-up-periods"
        title={t('followUp.charts.periods')}
        hint={t('followUp.charts.periodsHint', { year: view.year })}
        chart={
          periodsTotal === 0 ? (
            <EmptyState title={t('followUp.charts.periodsEmpty')} />
          ) : (
            <Stack align="center">
              <DonutChart
                data={slices
                  .filter((s) => s.value > 0)
                  .map((s) => ({
                    name: t(`followUp.periods.${s.status}`),
                    value: s.value,
                    color: PERIOD_COLORS[s.status],
                  }))}
                withLabels
                withLabelsLine
                accessibilityLayer={false}
                chartLabel={n(periodsTotal)}
                valueFormatter={n}
                size={180}
                thickness={28}
              />
              <Text size="xs" c="dimmed">
                {slices.map((s) => `${t(`followUp.periods.${s.status}`)}: ${n(s.value)}`).join(' · ')}
              </Text>
            </Stack>
          )
        }
        table={
          <Table striped verticalSpacing="xs" data-testid="follow-up-periods-rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('followUp.periods.status')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('followUp.periods.count')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {slices.map((s) => (
                <Table.Tr key={s.status}>
                  <Table.Th scope="row" fw={500}>
                    {t(`followUp.periods.${s.status}`)}
                  </Table.Th>
                  <Table.Td ta="right">{n(s.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
    </Stack>
  );
}
