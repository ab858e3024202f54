import { Box, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { PREDICATE_COLORS, PREDICATE_MARKERS, predicateList } from '../../evaluations';
import { PREDICATES, type DistributionView, type PatternRow, type Predicate } from '../types';

interface ChartRow {
  key: string;
  predicates: Predicate[];
  count: number;
  limits: PatternRow[];
}

/** The rows: one per predicate, then one per rule that counts several predicates together (e.g. BP + Kurang). */
function chartRows(view: DistributionView): ChartRow[] {
  const single = PREDICATES.map((p) => ({
    key: p,
    predicates: [p],
    count: view.counts[p] ?? 0,
    limits: view.pattern.filter((r) => r.predicates.length === 1 && r.predicates[0] === p),
  }));
  const groups = view.pattern
    .filter((r) => r.predicates.length > 1)
    .map((r) => ({
      key: r.predicates.join('+'),
      predicates: [...r.predicates],
      count: r.predicates.reduce((a, p) => a + (view.counts[p] ?? 0), 0),
      limits: [r],
    }));
  return [...single, ...groups];
}

const pct = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : 0);

/**
 * The actual distribution against the allowed pattern: per predicate a bar of its count and share, with a
 * marker at each rule's limit (a solid line for a maximum, a dashed one for a minimum). Plain SVG, and every bar
 * also says its numbers and limits in words.
 */
export function DistributionChart({ view }: { view: DistributionView }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language, 1);
  const total = view.total;
  return (
    <Stack gap="xs" data-testid="distribution-chart">
      {chartRows(view).map((row) => {
        const share = pct(row.count, total);
        const label = predicateList(t, row.predicates);
        const broken = row.limits.some((l) => !l.ok);
        const limitsText = row.limits.map((l) =>
          t(`calibration.chart.limit.${l.rule}`, { count: l.limit, pct: n(pct(l.limit, total)) }),
        );
        const summary = t('calibration.chart.bar', { label, count: row.count, pct: n(share) });
        return (
          <Box key={row.key} data-testid={`chart-row-${row.key}`} data-count={row.count}>
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="xs" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {row.predicates.length === 1 ? (
                  <span aria-hidden="true">{PREDICATE_MARKERS[row.predicates[0] as Predicate]} </span>
                ) : null}
                {label}
              </Text>
              <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                {t('calibration.chart.value', { count: row.count, pct: n(share) })}
              </Text>
            </Group>
            <svg
              width="100%"
              height="18"
              viewBox="0 0 100 18"
              preserveAspectRatio="none"
              role="img"
              aria-label={[summary, ...limitsText].join('; ')}
              style={{ display: 'block' }}
            >
              <rect x="0" y="3" width="100" height="12" rx="1" fill="var(--mantine-color-gray-2)" />
              {
                row.predicates.reduce<{ x: number; rects: ReactNode[] }>(
                  (acc, p) => {
                    const w = pct(view.counts[p] ?? 0, total);
                    acc.rects.push(
                      <rect
                        key={p}
                        x={acc.x}
                        y="3"
                        width={w}
                        height="12"
                        fill={`var(--mantine-color-${PREDICATE_COLORS[p]}-filled)`}
                      />,
                    );
                    acc.x += w;
                    return acc;
                  },
                  { x: 0, rects: [] },
                ).rects
              }
              {row.limits.map((l, i) => {
                const x = Math.min(100, Math.max(0, pct(l.limit, total)));
                return (
                  <line
                    key={i}
                    x1={x}
                    x2={x}
                    y1="0"
                    y2="18"
                    stroke={l.ok ? 'var(--mantine-color-dark-6)' : 'var(--mantine-color-red-8)'}
                    strokeWidth="2"
                    strokeDasharray={l.rule === 'min' ? '3 2' : undefined}
                    vectorEffect="non-scaling-stroke"
                  />
                );
              })}
            </svg>
            {limitsText.length > 0 ? (
              <Text size="xs" c={broken ? 'red.8' : 'dimmed'}>
                {broken ? <span aria-hidden="true">! </span> : null}
                {limitsText.join(' · ')}
              </Text>
            ) : null}
          </Box>
        );
      })}
      <Text size="xs" c="dimmed">
        {t('calibration.chart.legend', { count: total })}
      </Text>
    </Stack>
  );
}
